package org.credo.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.credo.core.internal.json.FeelJson;
import org.credo.core.internal.json.FeelJsonDecoder;
import org.credo.core.internal.json.FeelJsonEncoder;

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
        return FeelJsonEncoder.encode(value);
    }

    /**
     * Decodes JSON with no type to direct it: numbers become {@link java.math.BigDecimal}, strings stay strings,
     * arrays lists and objects contexts. {@link RuleSet#decodeInputs} decodes with the model's types instead.
     */
    public static Object fromJson(JsonNode json) {
        return FeelJsonDecoder.decode(json);
    }

    /**
     * Parses JSON text keeping every number exact (as {@link java.math.BigDecimal}, never through {@code double}).
     * Hosts that parse JSON themselves should enable Jackson's {@code USE_BIG_DECIMAL_FOR_FLOATS} likewise.
     *
     * @throws IllegalArgumentException when the text is not JSON
     */
    public static JsonNode parse(String json) {
        try {
            return FeelJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
