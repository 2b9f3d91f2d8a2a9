package org.credo.core.internal.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares expected JSON with actual JSON: numbers by decimal value ({@code 1.0} equals {@code 1}), strings
 * (and so ISO dates) exactly, objects as subsets (the actual object may hold more), arrays element by element.
 */
final class ExpectedSubset {
    private ExpectedSubset() {
    }

    /** One line per expectation that does not hold; empty when all hold. */
    static List<String> mismatches(JsonNode expected, JsonNode actual) {
        var mismatches = new ArrayList<String>();
        compare("outputs", expected, actual, mismatches);
        return mismatches;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> mismatches) {
        if (expected.isObject()) {
            if (actual == null || !actual.isObject()) {
                mismatches.add(path + ": expected an object, got " + describe(actual));
                return;
            }
            expected.fields().forEachRemaining(field -> {
                JsonNode value = actual.get(field.getKey());
                String at = path + "." + field.getKey();
                if (value == null && !field.getValue().isNull()) {
                    mismatches.add(at + ": expected " + field.getValue() + ", but there is no such output");
                } else {
                    compare(at, field.getValue(), value, mismatches);
                }
            });
        } else if (expected.isArray()) {
            if (actual == null || !actual.isArray() || actual.size() != expected.size()) {
                mismatches.add(path + ": expected " + expected + ", got " + describe(actual));
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), mismatches);
            }
        } else if (!scalarsEqual(expected, actual)) {
            mismatches.add(path + ": expected " + expected + ", got " + describe(actual));
        }
    }

    private static boolean scalarsEqual(JsonNode expected, JsonNode actual) {
        if (expected.isNull()) {
            return actual == null || actual.isNull();
        }
        if (actual == null) {
            return false;
        }
        if (expected.isNumber()) {
            return actual.isNumber() && expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return expected.equals(actual);
    }

    private static String describe(JsonNode actual) {
        return actual == null ? "nothing" : actual.toString();
    }
}
