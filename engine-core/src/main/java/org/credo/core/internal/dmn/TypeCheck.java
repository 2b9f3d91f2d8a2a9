package org.credo.core.internal.dmn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.dmn.api.core.DMNType;
import org.kie.dmn.core.impl.BaseDMNTypeImpl;
import org.kie.dmn.core.impl.CompositeTypeImpl;
import org.kie.dmn.core.impl.SimpleTypeImpl;
import org.kie.dmn.core.util.CoerceUtil;
import org.kie.dmn.feel.lang.Type;
import org.kie.dmn.feel.lang.types.AliasFEELType;
import org.kie.dmn.feel.lang.types.BuiltInType;

/**
 * Kie's runtime type check of one declared type: coerces a value as Kie does and fails the compiled evaluation
 * ({@link Fallback}) where Kie's check would not accept it. Plain strings, numbers, dates and booleans, with or without
 * simple allowed values, and structures of those are checked here; anything else asks Kie's own
 * {@link DMNType#isAssignableValue}.
 */
final class TypeCheck {
    private static final TypeCheck NONE = new TypeCheck(null, null, null, Map.of());

    private final DMNType type;
    private final Class<?> kind;
    private final SimpleTests.Test allowed;
    private final Map<String, TypeCheck> fields;

    private TypeCheck(DMNType type, Class<?> kind, SimpleTests.Test allowed, Map<String, TypeCheck> fields) {
        this.type = type;
        this.kind = kind;
        this.allowed = allowed;
        this.fields = fields;
    }

    static TypeCheck of(DMNType type) {
        if (type == null) {
            return NONE;
        }
        if (type instanceof SimpleTypeImpl simple && !simple.isCollection() && empty(simple.getTypeConstraintFEEL())
                && plainBase(simple)) {
            Class<?> kind = kindOf(simple.getFeelType());
            if (kind != null) {
                try {
                    List<?> allowedValues = simple.getAllowedValuesFEEL();
                    return new TypeCheck(type, kind, empty(allowedValues) ? null : SimpleTests.ofTexts(allowedValues),
                            Map.of());
                } catch (Unsupported e) {
                    return new TypeCheck(type, null, null, Map.of());
                }
            }
        }
        if (type instanceof CompositeTypeImpl composite && !composite.isCollection() && composite.getBaseType() == null
                && empty(composite.getAllowedValuesFEEL()) && empty(composite.getTypeConstraintFEEL())) {
            var fields = new LinkedHashMap<String, TypeCheck>();
            composite.getFields().forEach((name, fieldType) -> fields.put(name, of(fieldType)));
            return new TypeCheck(type, Map.class, null, Collections.unmodifiableMap(fields));
        }
        return new TypeCheck(type, null, null, Map.of());
    }

    /** The value as Kie coerces it to the type, once Kie's check would accept it. */
    Object require(Object value) {
        if (type == null) {
            return value;
        }
        Object coerced = CoerceUtil.coerceValue(type, value);
        if (coerced == null) {
            throw Fallback.fallback();
        }
        if (!accepts(coerced) && !type.isAssignableValue(coerced)) {
            throw Fallback.fallback();
        }
        return coerced;
    }

    /**
     * Whether Kie's check certainly accepts a (coerced) value: a string, decimal, date or boolean of the type's kind
     * within its allowed values, or a context holding every field of a structure, each accepted so. False means
     * only that Kie must judge.
     */
    private boolean accepts(Object value) {
        if (type == null) {
            return true;
        }
        if (kind == null || !kind.isInstance(value)) {
            return false;
        }
        if (kind == Map.class) {
            Map<?, ?> context = (Map<?, ?>) value;
            for (Map.Entry<String, TypeCheck> field : fields.entrySet()) {
                if (!context.containsKey(field.getKey()) || !field.getValue().accepts(context.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return allowed == null || allowed.test(value);
    }

    /** The type's allowed values as a test, or null when it has none. */
    static SimpleTests.Test allowedValues(DMNType type) throws Unsupported {
        if (!(type instanceof BaseDMNTypeImpl base) || empty(base.getAllowedValuesFEEL())) {
            return null;
        }
        return SimpleTests.ofTexts(base.getAllowedValuesFEEL());
    }

    /** Whether the type has no base type, or one that adds nothing to its FEEL type. */
    private static boolean plainBase(SimpleTypeImpl simple) {
        return simple.getBaseType() == null || simple.getBaseType() instanceof SimpleTypeImpl base
                && base.getBaseType() == null && !base.isCollection() && empty(base.getAllowedValuesFEEL())
                && empty(base.getTypeConstraintFEEL()) && kindOf(base.getFeelType()) == kindOf(simple.getFeelType());
    }

    private static Class<?> kindOf(Type type) {
        Type feelType = type instanceof AliasFEELType alias ? alias.getBuiltInType() : type;
        if (feelType == BuiltInType.UNKNOWN) {
            return Object.class;
        }
        if (feelType == BuiltInType.STRING) {
            return String.class;
        }
        if (feelType == BuiltInType.NUMBER) {
            return BigDecimal.class;
        }
        if (feelType == BuiltInType.DATE) {
            return LocalDate.class;
        }
        if (feelType == BuiltInType.BOOLEAN) {
            return Boolean.class;
        }
        return null;
    }

    private static boolean empty(List<?> list) {
        return list == null || list.isEmpty();
    }
}
