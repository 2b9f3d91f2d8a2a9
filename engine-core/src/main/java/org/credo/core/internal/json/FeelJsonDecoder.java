package org.credo.core.internal.json;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.credo.core.EvaluationException;
import org.kie.dmn.api.core.DMNType;
import org.kie.dmn.core.impl.BaseDMNTypeImpl;
import org.kie.dmn.feel.lang.Type;
import org.kie.dmn.feel.lang.types.BuiltInType;
import org.kie.dmn.feel.runtime.functions.DateAndTimeFunction;
import org.kie.dmn.feel.runtime.functions.DateFunction;
import org.kie.dmn.feel.runtime.functions.DurationFunction;
import org.kie.dmn.feel.runtime.functions.FEELFnResult;
import org.kie.dmn.feel.runtime.functions.TimeFunction;

/**
 * JSON → FEEL value. Untyped: numbers become {@link BigDecimal}s (exactly, from their text), strings stay strings,
 * arrays lists, objects contexts in their order. Typed by a DMN type: strings become dates, times, date-times or
 * durations where the type says so (with FEEL's own parsers), collections and structures are decoded item by item
 * and field by field. Where the model declares no type ({@code Any}), a string in the exact ISO form of a date,
 * date-time, time or duration becomes that FEEL value, as the contract writes them; other strings stay strings
 * (declare {@code string} to keep such text a string). A value whose JSON kind cannot carry the declared type is passed on undecoded, for the DMN
 * engine's type check to report; a string that should be a date, time or duration but is not one, or a number
 * that is not a number, is {@link EvaluationException#INVALID_INPUT}.
 */
public final class FeelJsonDecoder {
    private static final Pattern ISO_DATE = Pattern.compile("-?\\d{4,9}-\\d\\d-\\d\\d");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("-?\\d{4,9}-\\d\\d-\\d\\dT\\d\\d:\\d\\d.*");
    private static final Pattern ISO_TIME = Pattern.compile("\\d\\d:\\d\\d:\\d\\d.*");
    private static final Pattern ISO_DURATION = Pattern.compile("-?P(\\d|T\\d).*");
    private static final Pattern BRACKETED_ZONE = Pattern.compile(".*(Z|[+-]\\d\\d:\\d\\d(:\\d\\d)?)\\[[^\\]]+]");

    private FeelJsonDecoder() {
    }

    public static Object decode(JsonNode json) {
        if (json == null || json.isNull() || json.isMissingNode()) {
            return null;
        }
        if (json.isNumber()) {
            return number(json);
        }
        if (json.isTextual()) {
            return json.textValue();
        }
        if (json.isBoolean()) {
            return json.booleanValue();
        }
        if (json.isArray()) {
            var list = new ArrayList<>(json.size());
            json.forEach(item -> list.add(decode(item)));
            return list;
        }
        if (json.isObject()) {
            var context = new LinkedHashMap<String, Object>();
            json.fields().forEachRemaining(field -> context.put(field.getKey(), decode(field.getValue())));
            return context;
        }
        return json.asText();
    }

    /**
     * Decodes {@code json} as a value of {@code type}.
     *
     * @param field the input's name or path ({@code applicant.birthDate}, {@code dates[2]}) for error messages
     * @throws EvaluationException {@link EvaluationException#INVALID_INPUT} naming the field when a value cannot be
     *                             read as its type
     */
    public static Object decode(JsonNode json, DMNType type, String field) {
        if (type == null || json == null || json.isNull() || json.isMissingNode()) {
            return decode(json);
        }
        if (json.isArray()) {
            DMNType itemType = type.isCollection() ? itemType(type) : type;
            var list = new ArrayList<>(json.size());
            for (int i = 0; i < json.size(); i++) {
                list.add(decode(json.get(i), itemType, field + "[" + i + "]"));
            }
            return list;
        }
        if (json.isObject()) {
            if (!type.isComposite()) {
                return decode(json);
            }
            Map<String, DMNType> fields = type.getFields();
            var context = new LinkedHashMap<String, Object>();
            for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
                var entry = it.next();
                context.put(entry.getKey(),
                        decode(entry.getValue(), fields.get(entry.getKey()), field + "." + entry.getKey()));
            }
            return context;
        }
        return scalar(json, builtIn(type), field);
    }

    private static DMNType itemType(DMNType collection) {
        if (collection.isComposite()) {
            return collection;
        }
        return collection.getBaseType();
    }

    private static BuiltInType builtIn(DMNType type) {
        for (DMNType t = type; t != null; t = t.getBaseType()) {
            if (t instanceof BaseDMNTypeImpl base) {
                Type feel = base.getFeelType();
                if (feel instanceof BuiltInType builtIn && builtIn != BuiltInType.UNKNOWN) {
                    return builtIn;
                }
            }
        }
        return BuiltInType.UNKNOWN;
    }

    private static Object scalar(JsonNode json, BuiltInType type, String field) {
        switch (type) {
            case NUMBER -> {
                if (!json.isNumber()) {
                    throw invalid(field, "a number", json);
                }
                return number(json);
            }
            case DATE -> {
                return temporal(json, field, "a date (YYYY-MM-DD)", DateFunction.INSTANCE::invoke);
            }
            case TIME -> {
                return temporal(json, field, "a time (ISO-8601 hh:mm:ss, optionally with offset or zone)",
                        TimeFunction.INSTANCE::invoke);
            }
            case DATE_TIME -> {
                return temporal(json, field, "a date-time (ISO-8601)", FeelJsonDecoder::dateTime);
            }
            case DURATION -> {
                return temporal(json, field, "a duration (PnDTnHnMnS or PnYnM)", DurationFunction.INSTANCE::invoke);
            }
            case UNKNOWN -> {
                return json.isTextual() ? inferred(json.textValue()) : decode(json);
            }
            default -> {
                return decode(json);
            }
        }
    }

    /** A string given where the model declares no type: the FEEL value its ISO form denotes, else the string. */
    private static Object inferred(String text) {
        Function<String, FEELFnResult<?>> parse;
        if (ISO_DATE.matcher(text).matches()) {
            parse = DateFunction.INSTANCE::invoke;
        } else if (ISO_DATE_TIME.matcher(text).matches()) {
            parse = FeelJsonDecoder::dateTime;
        } else if (ISO_TIME.matcher(text).matches()) {
            parse = TimeFunction.INSTANCE::invoke;
        } else if (ISO_DURATION.matcher(text).matches()) {
            parse = DurationFunction.INSTANCE::invoke;
        } else {
            return text;
        }
        try {
            return parse.apply(text).cata(error -> text, value -> value);
        } catch (RuntimeException e) {
            return text;
        }
    }

    private static FEELFnResult<?> dateTime(String text) {
        if (BRACKETED_ZONE.matcher(text).matches()) {
            try {
                return FEELFnResult.ofResult(ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME));
            } catch (DateTimeParseException e) {
                return DateAndTimeFunction.INSTANCE.invoke(text);
            }
        }
        return DateAndTimeFunction.INSTANCE.invoke(text);
    }

    private static Object temporal(JsonNode json, String field, String expected,
                                   Function<String, FEELFnResult<?>> parse) {
        if (!json.isTextual()) {
            return decode(json);
        }
        FEELFnResult<?> result;
        try {
            result = parse.apply(json.textValue());
        } catch (RuntimeException e) {
            throw invalid(field, expected, json);
        }
        return result.cata(error -> {
            throw invalid(field, expected, json);
        }, value -> value);
    }

    private static BigDecimal number(JsonNode json) {
        if (json.isBigDecimal() || json.isIntegralNumber()) {
            return json.decimalValue();
        }
        return new BigDecimal(json.asText());
    }

    private static EvaluationException invalid(String field, String expected, JsonNode json) {
        return new EvaluationException(EvaluationException.INVALID_INPUT,
                "input '" + field + "': expected " + expected + " but got " + json, List.of());
    }
}
