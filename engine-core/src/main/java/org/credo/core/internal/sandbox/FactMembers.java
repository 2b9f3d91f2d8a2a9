package org.credo.core.internal.sandbox;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The members DRL may use on the host's fact types, found by reflection: the public methods, their bean property
 * names ({@code getDay} gives {@code day}) and the public fields (enum constants among them) that classes of the
 * fact packages declare themselves, never those they inherit from {@link Object}, {@link Enum} or {@link Record}.
 * Starts from the fact classes a file names and follows the fact types their members take and give.
 */
final class FactMembers {
    private FactMembers() {
    }

    static Set<String> of(Collection<Class<?>> roots, AllowList allowList) {
        var names = new HashSet<String>();
        var seen = new HashSet<Class<?>>();
        var pending = new ArrayDeque<Class<?>>(roots);
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (!seen.add(type)) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (inFactModel(method.getDeclaringClass(), allowList)) {
                    names.add(method.getName());
                    names.add(property(method.getName()));
                    follow(method.getGenericReturnType(), allowList, pending);
                    for (Type parameter : method.getGenericParameterTypes()) {
                        follow(parameter, allowList, pending);
                    }
                }
            }
            for (Field field : type.getFields()) {
                if (inFactModel(field.getDeclaringClass(), allowList)) {
                    names.add(field.getName());
                    follow(field.getGenericType(), allowList, pending);
                }
            }
        }
        return names;
    }

    private static boolean inFactModel(Class<?> type, AllowList allowList) {
        return type.getPackageName().length() > 0 && allowList.allowsPackage(type.getPackageName());
    }

    private static void follow(Type type, AllowList allowList, ArrayDeque<Class<?>> pending) {
        if (type instanceof Class<?> c) {
            Class<?> element = c;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            if (inFactModel(element, allowList)) {
                pending.push(element);
            }
        } else if (type instanceof ParameterizedType parameterized) {
            follow(parameterized.getRawType(), allowList, pending);
            for (Type argument : parameterized.getActualTypeArguments()) {
                follow(argument, allowList, pending);
            }
        }
    }

    /** {@code getDay} and {@code isDue} give {@code day} and {@code due}; other names stay as they are. */
    private static String property(String method) {
        for (String prefix : List.of("get", "is", "set")) {
            if (method.startsWith(prefix) && method.length() > prefix.length()
                    && Character.isUpperCase(method.charAt(prefix.length()))) {
                String rest = method.substring(prefix.length());
                return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
            }
        }
        return method;
    }
}
