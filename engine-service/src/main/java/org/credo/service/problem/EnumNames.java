package org.credo.service.problem;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The JSON spelling of an enumeration constant: its {@link JsonProperty} value, or its name. */
public final class EnumNames {
    private EnumNames() {
    }

    public static String jsonName(Enum<?> constant) {
        try {
            JsonProperty property = constant.getDeclaringClass().getField(constant.name())
                    .getAnnotation(JsonProperty.class);
            return property == null ? constant.name() : property.value();
        } catch (NoSuchFieldException e) {
            return constant.name();
        }
    }
}
