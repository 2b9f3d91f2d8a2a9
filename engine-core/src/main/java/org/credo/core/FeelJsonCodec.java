package org.credo.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.credo.core.internal.json.FeelJson;
import org.credo.core.internal.json.FeelJsonDecoder;
import org.credo.core.internal.json.FeelJsonEncoder;

/**
 * The one codec between JSON and FEEL values, as the HTTP contract describes: number ↔ exact decimal, string ↔
 * string, date ↔ {@code YYYY-MM-DD}, time and date-time ↔ ISO-8601, days-and-time duration ↔ {@code PnDTnHnMnS},
 * years-and-months duration ↔ {@code PnYnM}, list ↔ array, context ↔ object (in order), null ↔ null.
 *
 * <p>Written forms: numbers from their decimal text, never through {@code double}; times and date-times always
 * with seconds ({@code 09:30:00}, {@code 2025-06-30T08:00:00+08:00}); a region zone after the offset as
 * {@code [Asia/Shanghai]} on date-times and as FEEL's {@code @Asia/Shanghai} on times; years-and-months durations
 * normalised ({@code P27M} is written {@code P2Y3M}, zero {@code P0M}); zero days-and-time {@code PT0S}. Values JSON
 * cannot carry (ranges, functions) are written as their FEEL text. Decoding with a model's types (see
 * {@link RuleSet#decodeInputs}) reads all of these back, and FEEL's own forms ({@code @zone}) too.
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
