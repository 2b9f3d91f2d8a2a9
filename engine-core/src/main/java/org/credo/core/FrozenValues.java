package org.credo.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read-only deep copies of FEEL values: lists and contexts nested at any depth, nulls kept. */
final class FrozenValues {
    private FrozenValues() {
    }

    static Map<String, Object> map(Map<String, ?> values) {
        var copy = new LinkedHashMap<String, Object>();
        values.forEach((name, value) -> copy.put(name, value(value)));
        return Collections.unmodifiableMap(copy);
    }

    /** A read-only deep copy of one FEEL value: lists and contexts are copied, any other value is kept. */
    static Object value(Object value) {
        if (value instanceof Map<?, ?> context) {
            var copy = new LinkedHashMap<Object, Object>();
            context.forEach((name, nested) -> copy.put(name, value(nested)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            var copy = new ArrayList<Object>(list.size());
            list.forEach(nested -> copy.add(value(nested)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
