package org.credo.core.internal.dmn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.credo.core.ProblemCodes;
import org.kie.dmn.api.feel.runtime.events.FEELEvent;
import org.kie.dmn.feel.lang.Type;
import org.kie.dmn.feel.lang.ast.BaseNode;
import org.kie.dmn.feel.lang.impl.FEELEventListenersManager;
import org.kie.dmn.feel.parser.feel11.ASTBuilderVisitor;
import org.kie.dmn.feel.parser.feel11.FEELParser;
import org.kie.dmn.feel.parser.feel11.FEEL_1_1Parser;
import org.kie.dmn.feel.runtime.events.SyntaxErrorEvent;

/**
 * Parses FEEL with Kie's own parser into Kie's syntax tree, the very tree Kie evaluates, so that what the checks
 * see is what would run. Names with spaces parse only when in scope, so the scope holds every name of the bundle's
 * DMN files. Brackets nested deeper than {@link #MAX_NESTING} are refused before parsing: the parser's time grows
 * steeply with nesting (20,000 parentheses took 26 s).
 */
final class FeelSyntax {
    /** Brackets ({@code ( [ {}) may nest at most this deep, counted outside string literals. */
    static final int MAX_NESTING = 64;

    private final Map<String, Type> scope;

    FeelSyntax(Map<String, Type> scope) {
        this.scope = Map.copyOf(scope);
    }

    /** The syntax tree, or why the text does not parse. */
    Parsed parse(FeelText text) {
        if (nesting(text.text()) > MAX_NESTING) {
            return new Parsed(null, ProblemCodes.BUNDLE_LIMIT, "brackets nest at most " + MAX_NESTING + " deep");
        }
        var syntaxErrors = new ArrayList<String>();
        var listeners = new FEELEventListenersManager();
        listeners.addListener(event -> {
            if (event instanceof SyntaxErrorEvent && event.getSeverity() == FEELEvent.Severity.ERROR) {
                syntaxErrors.add(event.getMessage());
            }
        });
        try {
            FEEL_1_1Parser parser = FEELParser.parse(listeners, text.text(), scope, Map.of(), List.of(), List.of(),
                    null);
            var tree = text.unaryTests() ? parser.unaryTestsRoot() : parser.compilation_unit();
            if (!syntaxErrors.isEmpty() || parser.getNumberOfSyntaxErrors() > 0) {
                return Parsed.failed(syntaxErrors.isEmpty() ? "a syntax error" : syntaxErrors.get(0));
            }
            BaseNode node = new ASTBuilderVisitor(scope, null).visit(tree);
            return node == null ? Parsed.failed("an empty syntax tree") : new Parsed(node, null, null);
        } catch (StackOverflowError e) {
            return new Parsed(null, ProblemCodes.BUNDLE_LIMIT, "an expression too deep to parse");
        } catch (RuntimeException e) {
            return Parsed.failed(String.valueOf(e.getMessage()));
        }
    }

    /** The deepest nesting of brackets outside string literals. */
    static int nesting(String text) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(' || c == '[' || c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
        }
        return deepest;
    }

    /** A syntax tree, or the {@link ProblemCodes} code and reason there is none. */
    record Parsed(BaseNode node, String code, String failure) {
        static Parsed failed(String failure) {
            return new Parsed(null, ProblemCodes.FEEL_SYNTAX, failure);
        }
    }
}
