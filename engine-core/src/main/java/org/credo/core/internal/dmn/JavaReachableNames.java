package org.credo.core.internal.dmn;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kie.dmn.feel.runtime.FEELFunction;
import org.kie.dmn.feel.runtime.Range;

/**
 * The member names through which a FEEL path could step from a value into the JVM. Kie resolves a path member on a
 * value that is not a FEEL context by calling its Java getter ({@code x.class} calls {@code getClass()}), so a name
 * is refused, whatever the model declares, when some class a FEEL value can be (or lead to) has a public no-argument
 * method of that name, or a getter of that property, returning a class loader, a class, a thread, a reflective
 * handle or anything of I/O, networking or security. Computed by reflection, so it follows the JDK and Kie.
 */
final class JavaReachableNames {
    private static final List<Class<?>> SURFACE = List.of(Object.class, Class.class, ClassLoader.class,
            Enum.class, Record.class, Module.class, ModuleLayer.class, Package.class, Thread.class,
            ThreadGroup.class, Runtime.class, Process.class, ProtectionDomain.class, CodeSource.class,
            Method.class, java.lang.reflect.Field.class, java.lang.reflect.Constructor.class, String.class,
            BigDecimal.class, Boolean.class, LocalDate.class, LocalTime.class, LocalDateTime.class,
            OffsetDateTime.class, OffsetTime.class, ZonedDateTime.class, Duration.class, Period.class, List.class,
            Map.class, Range.class, FEELFunction.class);
    private static final List<String> DANGEROUS_PACKAGES = List.of("java.lang.reflect.", "java.lang.invoke.",
            "java.io.", "java.net.", "java.nio.", "java.security.", "java.util.concurrent.", "jdk.", "sun.");
    private static final Set<Class<?>> DANGEROUS_TYPES = Set.of(Class.class, ClassLoader.class, Module.class,
            ModuleLayer.class, Package.class, Thread.class, ThreadGroup.class, Runtime.class, Process.class,
            ProcessHandle.class, System.class, StackTraceElement.class);
    private static final Set<String> NAMES = compute();

    private JavaReachableNames() {
    }

    /** Whether a path member of this name could reach the JVM: its letters and digits, case ignored, match one. */
    static boolean reachesJava(String member) {
        return NAMES.contains(normalise(member));
    }

    /** Letters and digits only, lower case: {@code "Declaring Class"} and {@code declaringClass} are one name. */
    static String normalise(String name) {
        var out = new StringBuilder();
        name.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static Set<String> compute() {
        var names = new HashSet<String>();
        names.add("class");
        for (Class<?> type : SURFACE) {
            for (Method method : type.getMethods()) {
                if (method.getParameterCount() == 0 && Modifier.isPublic(method.getModifiers())
                        && dangerous(method.getReturnType())) {
                    names.add(normalise(method.getName()));
                    names.add(normalise(property(method.getName())));
                }
            }
        }
        return Set.copyOf(names);
    }

    private static boolean dangerous(Class<?> type) {
        Class<?> element = type;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        String name = element.getName();
        return DANGEROUS_TYPES.contains(element) || DANGEROUS_PACKAGES.stream().anyMatch(name::startsWith);
    }

    private static String property(String method) {
        for (String prefix : List.of("get", "is")) {
            if (method.startsWith(prefix) && method.length() > prefix.length()) {
                return method.substring(prefix.length()).toLowerCase(Locale.ROOT);
            }
        }
        return method;
    }
}
