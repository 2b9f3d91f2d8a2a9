package org.credo.core.internal.dmn;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.regex.Pattern;

import org.credo.core.internal.dmn.FeelTokens.Kind;
import org.credo.core.internal.dmn.FeelTokens.Token;
import org.kie.dmn.feel.runtime.functions.FEELFnResult;
import org.kie.dmn.feel.runtime.functions.NumberFunction;
import org.kie.dmn.feel.runtime.functions.SubstringFunction;
import org.kie.dmn.feel.util.NumberEvalHelper;

/**
 * Compiles the FEEL expressions that decision logic commonly holds: literals, names and paths, {@code if}, comparison,
 * {@code and}/{@code or}, decimal arithmetic, calls of the model's business knowledge models and of {@code number},
 * {@code substring} and {@code date} (with a literal). Arithmetic is FEEL's (DECIMAL128), built-in functions are Kie's
 * own, so a compiled expression gives what Kie gives; anything else is {@link Unsupported}.
 */
final class ExprCompiler {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** What names mean where the expression stands: frame slots, and the business knowledge models it may call. */
    record Scope(Map<String, Integer> slots, Map<String, CompiledBkm> functions) {
        Set<String> names() {
            var names = new HashSet<>(slots.keySet());
            names.addAll(functions.keySet());
            return names;
        }
    }

    private final List<Token> tokens;
    private final Scope scope;
    private final String text;
    private int at;

    private ExprCompiler(String text, Scope scope) throws Unsupported {
        this.text = text;
        this.scope = scope;
        this.tokens = FeelTokens.tokenize(text, scope.names());
    }

    static Expr compile(String text, Scope scope) throws Unsupported {
        if (text == null || text.isBlank()) {
            throw new Unsupported("empty expression");
        }
        var compiler = new ExprCompiler(text, scope);
        Expr expr = compiler.expression();
        compiler.expect(Kind.END, "");
        return expr;
    }

    /** A constant: the value of a literal expression with no names, or {@link Unsupported}. */
    static Object constant(String text) throws Unsupported {
        Expr expr = compile(text, new Scope(Map.of(), Map.of()));
        if (!(expr instanceof Constant constant)) {
            throw new Unsupported("not a constant: " + text);
        }
        return constant.value();
    }

    private Expr expression() throws Unsupported {
        if (peek().is("if")) {
            at++;
            Expr condition = expression();
            expectWord("then");
            Expr then = expression();
            expectWord("else");
            Expr otherwise = expression();
            return (frame, run) -> FeelValues.bool(condition.eval(frame, run)) ? then.eval(frame, run)
                    : otherwise.eval(frame, run);
        }
        return disjunction();
    }

    private Expr disjunction() throws Unsupported {
        Expr left = conjunction();
        while (peek().is("or")) {
            at++;
            Expr l = left;
            Expr r = conjunction();
            left = (frame, run) -> FeelValues.bool(l.eval(frame, run)) | FeelValues.bool(r.eval(frame, run));
        }
        return left;
    }

    private Expr conjunction() throws Unsupported {
        Expr left = comparison();
        while (peek().is("and")) {
            at++;
            Expr l = left;
            Expr r = comparison();
            left = (frame, run) -> FeelValues.bool(l.eval(frame, run)) & FeelValues.bool(r.eval(frame, run));
        }
        return left;
    }

    private Expr comparison() throws Unsupported {
        Expr left = additive();
        Token op = peek();
        if (op.kind() != Kind.SYMBOL) {
            return left;
        }
        Expr l = left;
        switch (op.text()) {
            case "=" -> {
                at++;
                Expr r = additive();
                return (frame, run) -> FeelValues.equal(l.eval(frame, run), r.eval(frame, run));
            }
            case "!=" -> {
                at++;
                Expr r = additive();
                return (frame, run) -> !FeelValues.equal(l.eval(frame, run), r.eval(frame, run));
            }
            case "<", "<=", ">", ">=" -> {
                at++;
                Expr r = additive();
                String symbol = op.text();
                return (frame, run) -> {
                    int c = FeelValues.compare(l.eval(frame, run), r.eval(frame, run));
                    return switch (symbol) {
                        case "<" -> c < 0;
                        case "<=" -> c <= 0;
                        case ">" -> c > 0;
                        default -> c >= 0;
                    };
                };
            }
            default -> {
                return left;
            }
        }
    }

    private Expr additive() throws Unsupported {
        Expr left = multiplicative();
        while (peek().is("+") || peek().is("-")) {
            boolean plus = next().text().equals("+");
            left = arithmetic(left, multiplicative(),
                    plus ? (a, b) -> a.add(b, MathContext.DECIMAL128) : (a, b) -> a.subtract(b, MathContext.DECIMAL128));
        }
        return left;
    }

    private Expr multiplicative() throws Unsupported {
        Expr left = postfix();
        while (peek().is("*") || peek().is("/")) {
            boolean times = next().text().equals("*");
            left = arithmetic(left, postfix(), times ? (a, b) -> a.multiply(b, MathContext.DECIMAL128)
                    : (a, b) -> {
                        if (b.signum() == 0) {
                            throw Fallback.fallback();
                        }
                        return a.divide(b, MathContext.DECIMAL128);
                    });
        }
        return left;
    }

    private static Expr arithmetic(Expr l, Expr r, BinaryOperator<BigDecimal> op) {
        return (frame, run) -> op.apply(FeelValues.decimal(l.eval(frame, run)), FeelValues.decimal(r.eval(frame, run)));
    }

    private Expr postfix() throws Unsupported {
        Expr expr = primary();
        while (peek().is(".")) {
            at++;
            Token member = next();
            if (member.kind() != Kind.WORD && member.kind() != Kind.NAME) {
                throw new Unsupported("path in " + text);
            }
            Expr target = expr;
            String key = member.text();
            expr = (frame, run) -> {
                if (target.eval(frame, run) instanceof Map<?, ?> context && context.containsKey(key)) {
                    Object value = context.get(key);
                    if (value != null) {
                        return value;
                    }
                }
                throw Fallback.fallback();
            };
        }
        return expr;
    }

    private Expr primary() throws Unsupported {
        Token token = next();
        switch (token.kind()) {
            case NUMBER -> {
                return new Constant(number(token.text()));
            }
            case STRING -> {
                return new Constant(token.text());
            }
            case NAME -> {
                if (peek().is("(")) {
                    return bkmCall(token.text());
                }
                Integer slot = scope.slots().get(token.text());
                if (slot == null) {
                    throw new Unsupported("name " + token.text());
                }
                int index = slot;
                return (frame, run) -> {
                    Object value = frame[index];
                    if (value == null) {
                        throw Fallback.fallback();
                    }
                    return value;
                };
            }
            case WORD -> {
                return word(token.text());
            }
            case SYMBOL -> {
                if (token.is("(")) {
                    Expr inner = expression();
                    expect(Kind.SYMBOL, ")");
                    return inner;
                }
                if (token.is("-") && peek().kind() == Kind.NUMBER) {
                    return new Constant(number(next().text()).negate());
                }
                throw new Unsupported("'" + token.text() + "' in " + text);
            }
            default -> throw new Unsupported("end of " + text);
        }
    }

    private Expr word(String word) throws Unsupported {
        switch (word) {
            case "true" -> {
                return new Constant(Boolean.TRUE);
            }
            case "false" -> {
                return new Constant(Boolean.FALSE);
            }
            case "date" -> {
                expect(Kind.SYMBOL, "(");
                Token literal = next();
                expect(Kind.SYMBOL, ")");
                if (literal.kind() != Kind.STRING || !ISO_DATE.matcher(literal.text()).matches()) {
                    throw new Unsupported("date in " + text);
                }
                try {
                    return new Constant(LocalDate.parse(literal.text()));
                } catch (DateTimeException e) {
                    throw new Unsupported("date in " + text);
                }
            }
            case "substring" -> {
                List<Expr> args = arguments();
                if (args.size() != 3) {
                    throw new Unsupported("substring arity in " + text);
                }
                Expr s = args.get(0);
                Expr start = args.get(1);
                Expr length = args.get(2);
                return (frame, run) -> {
                    if (s.eval(frame, run) instanceof String string) {
                        return result(SubstringFunction.INSTANCE.invoke(string,
                                FeelValues.decimal(start.eval(frame, run)), FeelValues.decimal(length.eval(frame, run))));
                    }
                    throw Fallback.fallback();
                };
            }
            case "number" -> {
                List<Expr> args = arguments();
                if (args.size() != 3 || !endsWithTwoNulls()) {
                    throw new Unsupported("number() other than number(from, null, null) in " + text);
                }
                Expr from = args.get(0);
                return (frame, run) -> {
                    if (from.eval(frame, run) instanceof String string) {
                        return result(NumberFunction.INSTANCE.invoke(string, null, null));
                    }
                    throw Fallback.fallback();
                };
            }
            default -> throw new Unsupported("'" + word + "' in " + text);
        }
    }

    /** Whether the call just read ended in {@code , null, null)}. */
    private boolean endsWithTwoNulls() {
        int close = at - 1;
        return close >= 4 && tokens.get(close).is(")") && tokens.get(close - 1).is("null")
                && tokens.get(close - 2).is(",") && tokens.get(close - 3).is("null") && tokens.get(close - 4).is(",");
    }

    private Expr bkmCall(String name) throws Unsupported {
        CompiledBkm bkm = scope.functions().get(name);
        if (bkm == null) {
            throw new Unsupported("call of " + name);
        }
        List<Expr> args = arguments();
        if (args.size() != bkm.arity()) {
            throw new Unsupported("arity of " + name);
        }
        Expr[] arguments = args.toArray(Expr[]::new);
        return (frame, run) -> {
            Object[] values = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                values[i] = arguments[i].eval(frame, run);
            }
            return bkm.invoke(values, run);
        };
    }

    private List<Expr> arguments() throws Unsupported {
        expect(Kind.SYMBOL, "(");
        var args = new ArrayList<Expr>();
        if (peek().is(")")) {
            at++;
            return args;
        }
        do {
            if (peek().is("null")) {
                at++;
                args.add((frame, run) -> null);
            } else {
                args.add(expression());
            }
        } while (peek().is(",") && next() != null);
        expect(Kind.SYMBOL, ")");
        return args;
    }

    private static Object result(FEELFnResult<?> result) {
        Object value = result.getOrElse(null);
        if (value == null) {
            throw Fallback.fallback();
        }
        return value;
    }

    static BigDecimal number(String text) {
        return NumberEvalHelper.getBigDecimalOrNull(text);
    }

    private Token peek() {
        return tokens.get(at);
    }

    private Token next() {
        return tokens.get(at++);
    }

    private void expectWord(String word) throws Unsupported {
        if (!next().is(word)) {
            throw new Unsupported("'" + word + "' expected in " + text);
        }
    }

    private void expect(Kind kind, String symbol) throws Unsupported {
        Token token = next();
        if (token.kind() != kind || !token.text().equals(symbol)) {
            throw new Unsupported("'" + symbol + "' expected in " + text);
        }
    }

    /** A literal, known at compile time. */
    record Constant(Object value) implements Expr {
        @Override
        public Object eval(Object[] frame, PlanRun run) {
            return value;
        }
    }
}
