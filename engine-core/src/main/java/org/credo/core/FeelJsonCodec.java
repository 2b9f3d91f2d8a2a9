package org.credo.core;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one codec between JSON and FEEL values, as the HTTP contract describes: number ↔ exact decimal, string ↔
 * string, date ↔ {@code YYYY-MM-DD}, time and date-time ↔ ISO-8601, days-and-time duration ↔ {@code PnDTnHnMnS},
 * years-and-months duration ↔ {@code PnYnM}, list ↔ array, context ↔ object, null ↔ null.
 */
public final class FeelJsonCodec {
    private FeelJsonCodec() {
    }

    /** Encodes a FEEL value as JSON. */
    public static JsonNode toJson(Object value) {
        throw new UnsupportedOperationException("in progress");
    }

    /**
     * Decodes JSON with no type to direct it: numbers become {@link java.math.BigDecimal}, strings stay strings,
     * arrays lists and objects contexts. {@link RuleSet#decodeInputs} decodes with the model's types instead.
     */
    public static Object fromJson(JsonNode json) {
        throw new UnsupportedOperationException("in progress");
    }
}
