package org.credo.core.internal.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.ChronoPeriod;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kie.dmn.feel.runtime.custom.ZoneTime;

/**
 * FEEL value → JSON. Dates as {@code YYYY-MM-DD}; times and date-times in ISO-8601 with seconds always written,
 * with the offset when there is one, and a region zone as {@code [Europe/Paris]} after the offset (date-times) or
 * as FEEL's {@code @Europe/Paris} (times, which have no offset of their own); durations as {@code PnDTnHnMnS} and
 * {@code PnYnM}. Values JSON cannot express (ranges, functions) are written as their FEEL text.
 */
public final class FeelJsonEncoder {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private FeelJsonEncoder() {
    }

    public static JsonNode encode(Object value) {
        var nodes = FeelJson.NODES;
        if (value == null) {
            return nodes.nullNode();
        }
        if (value instanceof BigDecimal decimal) {
            return nodes.numberNode(decimal);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return nodes.numberNode(BigDecimal.valueOf(((Number) value).longValue()));
        }
        if (value instanceof BigInteger integer) {
            return nodes.numberNode(new BigDecimal(integer));
        }
        if (value instanceof Number number) {
            return nodes.numberNode(new BigDecimal(number.toString()));
        }
        if (value instanceof String text) {
            return nodes.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return nodes.booleanNode(bool);
        }
        if (value instanceof Collection<?> list) {
            ArrayNode array = nodes.arrayNode(list.size());
            list.forEach(item -> array.add(encode(item)));
            return array;
        }
        if (value instanceof Map<?, ?> context) {
            ObjectNode object = nodes.objectNode();
            context.forEach((key, item) -> object.set(String.valueOf(key), encode(item)));
            return object;
        }
        return nodes.textNode(temporalText(value));
    }

    private static String temporalText(Object value) {
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
        }
        if (value instanceof LocalTime time) {
            return DateTimeFormatter.ISO_LOCAL_TIME.format(time);
        }
        if (value instanceof OffsetTime time) {
            return DateTimeFormatter.ISO_OFFSET_TIME.format(time);
        }
        if (value instanceof ZoneTime time) {
            return DateTimeFormatter.ISO_LOCAL_TIME.format(LocalTime.from(time)) + "@" + time.getZoneId().getId();
        }
        if (value instanceof LocalDateTime dateTime) {
            return DATE_TIME.format(dateTime);
        }
        if (value instanceof OffsetDateTime dateTime) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
        }
        if (value instanceof ZonedDateTime dateTime) {
            return dateTime.getZone() instanceof ZoneOffset
                    ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime)
                    : DateTimeFormatter.ISO_ZONED_DATE_TIME.format(dateTime);
        }
        if (value instanceof Duration duration) {
            return FeelDurations.daysAndTime(duration);
        }
        if (value instanceof ChronoPeriod period) {
            return FeelDurations.yearsAndMonths(period);
        }
        return String.valueOf(value);
    }
}
