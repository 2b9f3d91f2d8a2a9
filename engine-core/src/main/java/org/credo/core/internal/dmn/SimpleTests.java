package org.credo.core.internal.dmn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.credo.core.internal.dmn.FeelTokens.Kind;
import org.credo.core.internal.dmn.FeelTokens.Token;
import org.kie.dmn.feel.runtime.UnaryTestImpl;

/**
 * Compiles the simple unary tests of decision-table cells, input values and allowed values: {@code -}, literals
 * (strings, numbers, booleans, {@code date("…")}), comparisons with a literal, ranges between literals, lists of
 * those and {@code not(…)} of a list. Anything else is {@link Unsupported}.
 */
final class SimpleTests {

    /** A compiled test; throws {@link Fallback} for a value it cannot judge as Kie would. */
    @FunctionalInterface
    interface Test {
        boolean test(Object value);
    }

    static final Test ANY = value -> true;

    private SimpleTests() {
    }

    static Test compile(String text) throws Unsupported {
        if (text == null) {
            throw new Unsupported("no unary test");
        }
        String trimmed = text.strip();
        if (trimmed.equals("-")) {
            return ANY;
        }
        List<Token> tokens = FeelTokens.tokenize(trimmed, Set.of());
        if (tokens.get(0).is("not") && tokens.get(1).is("(") && tokens.get(tokens.size() - 2).is(")")) {
            Test inner = list(tokens.subList(2, tokens.size() - 2), trimmed);
            return value -> !inner.test(value);
        }
        return list(tokens.subList(0, tokens.size() - 1), trimmed);
    }

    private static Test list(List<Token> tokens, String text) throws Unsupported {
        var tests = new ArrayList<Test>();
        int start = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).is(",")) {
                tests.add(positive(tokens.subList(start, i), text));
                start = i + 1;
            }
        }
        if (tests.size() == 1) {
            return tests.get(0);
        }
        Test[] all = tests.toArray(Test[]::new);
        return value -> {
            boolean any = false;
            for (Test test : all) {
                any |= test.test(value);
            }
            return any;
        };
    }

    private static Test positive(List<Token> tokens, String text) throws Unsupported {
        if (tokens.isEmpty()) {
            throw new Unsupported("empty test in " + text);
        }
        Token first = tokens.get(0);
        if (first.kind() == Kind.SYMBOL && (first.is("<") || first.is("<=") || first.is(">") || first.is(">="))) {
            Object endpoint = literal(tokens.subList(1, tokens.size()), text);
            String op = first.text();
            return value -> {
                int c = FeelValues.compare(value, endpoint);
                return switch (op) {
                    case "<" -> c < 0;
                    case "<=" -> c <= 0;
                    case ">" -> c > 0;
                    default -> c >= 0;
                };
            };
        }
        if (first.is("[") || first.is("(") || first.is("]")) {
            Token last = tokens.get(tokens.size() - 1);
            int dots = -1;
            for (int i = 1; i < tokens.size(); i++) {
                if (tokens.get(i).is("..")) {
                    dots = i;
                }
            }
            if (dots < 0 || !(last.is("]") || last.is(")") || last.is("["))) {
                throw new Unsupported("range " + text);
            }
            Object low = literal(tokens.subList(1, dots), text);
            Object high = literal(tokens.subList(dots + 1, tokens.size() - 1), text);
            boolean lowClosed = first.is("[");
            boolean highClosed = last.is("]");
            return value -> {
                int l = FeelValues.compare(value, low);
                int h = FeelValues.compare(value, high);
                return (lowClosed ? l >= 0 : l > 0) && (highClosed ? h <= 0 : h < 0);
            };
        }
        Object literal = literal(tokens, text);
        return value -> FeelValues.equal(value, literal);
    }

    private static Object literal(List<Token> tokens, String text) throws Unsupported {
        var expression = new StringBuilder();
        for (Token token : tokens) {
            expression.append(token.kind() == Kind.STRING ? "\"" + token.text() + "\"" : token.text()).append(' ');
        }
        Object value = ExprCompiler.constant(expression.toString());
        if (!(value instanceof String || value instanceof BigDecimal || value instanceof LocalDate
                || value instanceof Boolean)) {
            throw new Unsupported("literal in " + text);
        }
        return value;
    }

    /** Allowed values or input values given as Kie compiled them: one test per list item, each keeping its text. */
    static Test ofTexts(List<?> kieTests) throws Unsupported {
        var texts = new ArrayList<String>();
        for (Object test : kieTests) {
            if (!(test instanceof UnaryTestImpl)) {
                throw new Unsupported("allowed values");
            }
            texts.add(test.toString());
        }
        return compile(String.join(",", texts));
    }
}
