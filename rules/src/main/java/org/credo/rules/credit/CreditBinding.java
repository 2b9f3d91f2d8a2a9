package org.credo.rules.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.credo.core.FactBinding;

/**
 * The {@code customs-credit} binding: the contract's credit-classification body to facts, and the rules'
 * conclusions back to {@code creditClass}, {@code regime}, {@code seriouslyDishonestList} and
 * {@code restoration: {onApplicationFrom, automaticFrom}}. It only translates. When no regime is in force on asOf
 * (before 2018-05-01) no rule fires, and {@code regime} and {@code creditClass} come out {@code null}.
 */
public final class CreditBinding implements FactBinding {

    @Override
    public Collection<?> facts(Map<String, Object> inputs) {
        var facts = new ArrayList<Object>();
        facts.add(new CreditCase(
                InputValues.text(inputs, "enterpriseId"),
                InputValues.required(inputs, "enterpriseKind", EnterpriseKind.class),
                InputValues.flag(inputs, "advancedCertified"),
                InputValues.flag(inputs, "generalCertified"),
                InputValues.count(inputs, "priorYearDocumentCount")));
        List<Map<String, Object>> events = InputValues.records(inputs, "events");
        for (int i = 0; i < events.size(); i++) {
            facts.add(event(events.get(i), "events[" + i + "]."));
        }
        return facts;
    }

    private static CreditEvent event(Map<String, Object> event, String path) {
        return new CreditEvent(
                InputValues.text(event, "eventId"),
                InputValues.enumeration(event, "type", EventType.class, path),
                InputValues.date(event, "occurredOn", path),
                InputValues.amount(event, "amountCny", path),
                InputValues.date(event, "dueDate", path),
                InputValues.date(event, "paidOn", path),
                InputValues.optionalFlag(event, "subjectiveIntent", path));
    }

    @Override
    public Map<String, Object> outputs(Collection<?> workingMemory) {
        var restoration = new LinkedHashMap<String, Object>();
        restoration.put("onApplicationFrom",
                first(workingMemory, ApplicationRestoration.class).map(ApplicationRestoration::from).orElse(null));
        restoration.put("automaticFrom",
                first(workingMemory, AutomaticRestoration.class).map(AutomaticRestoration::from).orElse(null));
        var outputs = new LinkedHashMap<String, Object>();
        outputs.put("creditClass",
                first(workingMemory, Classification.class).map(c -> c.creditClass().name()).orElse(null));
        outputs.put("regime", first(workingMemory, Regime.class).map(Regime::id).orElse(null));
        outputs.put("seriouslyDishonestList", first(workingMemory, SeriousListEntry.class).isPresent());
        outputs.put("restoration", restoration);
        return outputs;
    }

    private static <T> Optional<T> first(Collection<?> workingMemory, Class<T> type) {
        return workingMemory.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** Reads input values as the engine decodes them (strings, decimals, booleans, lists, maps) or as Java values. */
    private static final class InputValues {
        private InputValues() {
        }

        static String text(Map<String, Object> values, String name) {
            Object value = values.get(name);
            return value == null ? null : value.toString();
        }

        static <E extends Enum<E>> E required(Map<String, Object> values, String name, Class<E> type) {
            E value = enumeration(values, name, type, "");
            if (value == null) {
                throw new IllegalArgumentException(name + ": required, one of " + List.of(type.getEnumConstants()));
            }
            return value;
        }

        static <E extends Enum<E>> E enumeration(Map<String, Object> values, String name, Class<E> type,
                                                 String path) {
            Object value = values.get(name);
            if (value == null || type.isInstance(value)) {
                return type.cast(value);
            }
            try {
                return Enum.valueOf(type, value.toString());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(path + name + ": unknown value " + value);
            }
        }

        static boolean flag(Map<String, Object> values, String name) {
            return Boolean.TRUE.equals(optionalFlag(values, name, ""));
        }

        static Boolean optionalFlag(Map<String, Object> values, String name, String path) {
            Object value = values.get(name);
            if (value == null || value instanceof Boolean) {
                return (Boolean) value;
            }
            if (value instanceof String text && (text.equals("true") || text.equals("false"))) {
                return Boolean.valueOf(text);
            }
            throw new IllegalArgumentException(path + name + ": not a boolean: " + value);
        }

        static Long count(Map<String, Object> values, String name) {
            BigDecimal value = amount(values, name, "");
            try {
                return value == null ? null : value.longValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(name + ": not a whole number: " + value);
            }
        }

        static BigDecimal amount(Map<String, Object> values, String name, String path) {
            Object value = values.get(name);
            if (value == null || value instanceof BigDecimal) {
                return (BigDecimal) value;
            }
            if (value instanceof Integer || value instanceof Long) {
                return BigDecimal.valueOf(((Number) value).longValue());
            }
            if (value instanceof String text) {
                try {
                    return new BigDecimal(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(path + name + ": not a number: " + value);
                }
            }
            throw new IllegalArgumentException(path + name + ": not an exact number: " + value);
        }

        static LocalDate date(Map<String, Object> values, String name, String path) {
            Object value = values.get(name);
            if (value == null || value instanceof LocalDate) {
                return (LocalDate) value;
            }
            try {
                return LocalDate.parse(value.toString());
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException(path + name + ": not a date (YYYY-MM-DD): " + value);
            }
        }

        @SuppressWarnings("unchecked")
        static List<Map<String, Object>> records(Map<String, Object> values, String name) {
            Object value = values.get(name);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list) || list.stream().anyMatch(e -> !(e instanceof Map))) {
                throw new IllegalArgumentException(name + ": not a list of objects");
            }
            return (List<Map<String, Object>>) list;
        }
    }
}
