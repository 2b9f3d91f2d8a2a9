package org.credo.service.validation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bounds a generic JSON context (the input of {@code POST /models/{name}/evaluate}) before it reaches FEEL: numbers
 * have at most {@value #MAX_INTEGER_DIGITS} digits before the point and {@value #MAX_DECIMALS} after (34 in all,
 * FEEL's decimal precision), strings at most {@value #MAX_STRING} characters, names at most {@value #MAX_NAME},
 * an array or object at most {@value #MAX_ENTRIES} entries, the whole context at most {@value #MAX_VALUES} values,
 * nested at most {@value #MAX_DEPTH} levels. Numbers are judged by precision and scale only (never written out). The
 * first {@value #MAX_REPORTED} violations are reported, each at its path ({@code goods[3].price}).
 */
public class BoundedContextValidator implements ConstraintValidator<BoundedContext, JsonNode> {
    public static final int MAX_INTEGER_DIGITS = 24;
    public static final int MAX_DECIMALS = 10;
    public static final int MAX_STRING = 10_000;
    public static final int MAX_NAME = 200;
    public static final int MAX_ENTRIES = 10_000;
    public static final int MAX_VALUES = 100_000;
    public static final int MAX_DEPTH = 20;
    static final int MAX_REPORTED = 20;

    @Override
    public boolean isValid(JsonNode value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        List<Violation> violations = violations(value);
        if (violations.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Violation v : violations) {
            context.buildConstraintViolationWithTemplate(v.message()).addPropertyNode(v.path())
                    .addConstraintViolation();
        }
        return false;
    }

    /** One value beyond a limit: its path in the context ({@code body} for the context itself) and which limit. */
    public record Violation(String path, String message) {
    }

    /** The first {@value #MAX_REPORTED} violations of a context, in document order. */
    public static List<Violation> violations(JsonNode context) {
        var walk = new Walk();
        walk.visit(context, "", 0);
        if (walk.values > MAX_VALUES) {
            walk.report("", "the context holds more than " + MAX_VALUES + " values");
        }
        return walk.found;
    }

    private static final class Walk {
        private final List<Violation> found = new ArrayList<>();
        private long values;

        void visit(JsonNode node, String path, int depth) {
            if (found.size() >= MAX_REPORTED || ++values > MAX_VALUES) {
                return;
            }
            if (node.isContainerNode()) {
                container(node, path, depth);
            } else if (node.isNumber()) {
                number(node.decimalValue(), path);
            } else if (node.isTextual() && node.textValue().length() > MAX_STRING) {
                report(path, "must be a string of at most " + MAX_STRING + " characters");
            }
        }

        private void container(JsonNode node, String path, int depth) {
            if (depth >= MAX_DEPTH) {
                report(path, "nests deeper than " + MAX_DEPTH + " levels");
                return;
            }
            if (node.size() > MAX_ENTRIES) {
                report(path, "must hold at most " + MAX_ENTRIES + " entries");
                return;
            }
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    visit(node.get(i), path + "[" + i + "]", depth + 1);
                }
                return;
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String name = field.getKey();
                if (name.length() > MAX_NAME) {
                    report(path, "holds a name longer than " + MAX_NAME + " characters");
                    continue;
                }
                visit(field.getValue(), path.isEmpty() ? name : path + "." + name, depth + 1);
            }
        }

        private void number(BigDecimal number, String path) {
            if (number.precision() - number.scale() > MAX_INTEGER_DIGITS || number.scale() > MAX_DECIMALS) {
                report(path, "must be a number with at most " + MAX_INTEGER_DIGITS + " digits before the point and "
                        + MAX_DECIMALS + " after");
            }
        }

        void report(String path, String message) {
            if (found.size() < MAX_REPORTED) {
                found.add(new Violation(path.isEmpty() ? "body" : path, message));
            }
        }
    }
}
