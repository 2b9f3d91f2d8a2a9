package org.credo.core.internal.dmn;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.credo.core.ProblemCodes;
import org.kie.dmn.feel.lang.ast.ASTNode;
import org.kie.dmn.feel.lang.ast.BaseNode;
import org.kie.dmn.feel.lang.ast.ContextEntryNode;
import org.kie.dmn.feel.lang.ast.ForExpressionNode;
import org.kie.dmn.feel.lang.ast.FunctionDefNode;
import org.kie.dmn.feel.lang.ast.IterationContextNode;
import org.kie.dmn.feel.lang.ast.NameDefNode;
import org.kie.dmn.feel.lang.ast.NameRefNode;
import org.kie.dmn.feel.lang.ast.NumberNode;
import org.kie.dmn.feel.lang.ast.PathExpressionNode;
import org.kie.dmn.feel.lang.ast.QualifiedNameNode;
import org.kie.dmn.feel.lang.ast.QuantifiedExpressionNode;
import org.kie.dmn.feel.lang.ast.SignedUnaryNode;
import org.kie.dmn.feel.lang.ast.StringNode;

/**
 * Checks one FEEL syntax tree: no {@code external} function (whatever its body: a context, a name, anything), no
 * context entry named {@code java} in any spelling, no path member that is not a name of the bundle's models, a
 * literal context key or a FEEL property of dates, times, durations and ranges, and never one through which Java
 * could be reached ({@link JavaReachableNames}); iteration over numeric ranges only with literal bounds and a
 * bounded number of steps, nested iterations multiplied. Walks without recursion, so no tree is too deep for it;
 * depth itself is bounded. Recursion among inline functions is refused by {@link FeelRecursionCheck}.
 */
final class FeelTreeCheck {
    /** FEEL's own properties of date, time, duration and range values. */
    static final Set<String> BUILT_IN_PROPERTIES = Set.of("year", "month", "day", "weekday", "hour", "minute",
            "second", "time offset", "timezone", "days", "hours", "minutes", "seconds", "years", "months", "start",
            "end", "start included", "end included");
    /** Deeper trees are refused: Kie's own compiler recurses over them. */
    static final int MAX_DEPTH = 200;

    private final Set<String> memberNames;
    private final int maxIterations;

    /**
     * @param memberNames   names a path may step to: the models' names and literal context keys, normalised by
     *                      {@link JavaReachableNames#normalise}
     * @param maxIterations values a numeric range may give an iteration, nested iterations multiplied
     */
    FeelTreeCheck(Set<String> memberNames, int maxIterations) {
        this.memberNames = Set.copyOf(memberNames);
        this.maxIterations = maxIterations;
    }

    /** Every finding in the tree, in tree order. */
    List<Finding> findings(BaseNode root) {
        var findings = new ArrayList<Finding>();
        var pending = new ArrayDeque<Visit>();
        pending.push(new Visit(root, 1, 1));
        while (!pending.isEmpty()) {
            Visit visit = pending.pop();
            ASTNode node = visit.node();
            if (visit.depth() > MAX_DEPTH) {
                findings.add(new Finding(ProblemCodes.BUNDLE_LIMIT,
                        "the expression nests deeper than " + MAX_DEPTH + " levels"));
                return findings;
            }
            long iterations = check(node, visit.iterations(), findings);
            ASTNode[] children = node instanceof PathExpressionNode path
                    ? new ASTNode[] {path.getExpression()}
                    : node.getChildrenNode();
            if (node instanceof QualifiedNameNode) {
                continue;
            }
            for (int i = children == null ? -1 : children.length - 1; i >= 0; i--) {
                if (children[i] != null) {
                    pending.push(new Visit(children[i], visit.depth() + 1, iterations));
                }
            }
        }
        findings.addAll(FeelRecursionCheck.findings(root));
        return findings;
    }

    /** The keys of every literal context in the tree. */
    static List<String> contextKeys(BaseNode root) {
        var keys = new ArrayList<String>();
        var pending = new ArrayDeque<ASTNode>();
        pending.push(root);
        while (!pending.isEmpty()) {
            ASTNode node = pending.pop();
            if (node instanceof ContextEntryNode entry && keyOf(entry.getName()) != null) {
                keys.add(keyOf(entry.getName()));
            }
            if (node.getChildrenNode() != null) {
                for (ASTNode child : node.getChildrenNode()) {
                    if (child != null) {
                        pending.push(child);
                    }
                }
            }
        }
        return keys;
    }

    /** Checks one node; answers the iterations its children run under. */
    private long check(ASTNode node, long iterations, List<Finding> findings) {
        if (node instanceof FunctionDefNode function && function.isExternal()) {
            findings.add(forbidden(node, "external functions call Java and are not allowed"));
        } else if (node instanceof ContextEntryNode entry && isJavaKey(entry.getName())) {
            findings.add(forbidden(node, "a context entry named `java` describes a Java method and is not allowed"));
        } else if (node instanceof PathExpressionNode path) {
            checkMembers(path.getName() instanceof QualifiedNameNode qualified ? qualified.getParts()
                    : List.of(path.getName()), 0, findings);
        } else if (node instanceof QualifiedNameNode qualified) {
            checkMembers(qualified.getParts(), 1, findings);
        } else if (node instanceof ForExpressionNode loop) {
            return iterate(node, loop.getIterationContexts(), iterations, findings);
        } else if (node instanceof QuantifiedExpressionNode quantified) {
            return iterate(node, quantified.getIterationContexts(), iterations, findings);
        }
        return iterations;
    }

    private void checkMembers(List<? extends ASTNode> parts, int first, List<Finding> findings) {
        for (ASTNode part : parts.subList(Math.min(first, parts.size()), parts.size())) {
            String name = part instanceof NameRefNode ref ? ref.getText() : null;
            if (name == null) {
                findings.add(forbidden(part, "a path may only name members"));
            } else if (JavaReachableNames.reachesJava(name)) {
                findings.add(forbidden(part, "the path member `" + name + "` would reach Java through reflection"));
            } else if (!memberNames.contains(JavaReachableNames.normalise(name))) {
                findings.add(forbidden(part, "the path member `" + name + "` is not a name of the bundle's models, "
                        + "a key of a literal context or a property of a date, time, duration or range"));
            }
        }
    }

    private long iterate(ASTNode node, List<IterationContextNode> contexts, long iterations,
                         List<Finding> findings) {
        long total = iterations;
        for (IterationContextNode context : contexts) {
            if (context.getRangeEndExpr() == null) {
                continue;
            }
            BigDecimal start = literal(context.getExpression());
            BigDecimal end = literal(context.getRangeEndExpr());
            if (start == null || end == null) {
                findings.add(new Finding(ProblemCodes.BUNDLE_LIMIT,
                        at(context) + "a numeric range to iterate over must have literal bounds"));
                return total;
            }
            BigDecimal span = end.subtract(start).abs().add(BigDecimal.ONE);
            if (span.compareTo(BigDecimal.valueOf(maxIterations)) > 0
                    || span.longValueExact() * total > maxIterations) {
                findings.add(new Finding(ProblemCodes.BUNDLE_LIMIT, at(node) + "iterations over ranges give at "
                        + "most " + maxIterations + " values, nested ones multiplied"));
                return total;
            }
            total *= span.longValueExact();
        }
        return total;
    }

    private static BigDecimal literal(BaseNode node) {
        if (node instanceof NumberNode number) {
            return number.getValue().stripTrailingZeros().scale() <= 0 ? number.getValue() : null;
        }
        if (node instanceof SignedUnaryNode signed && signed.getExpression() instanceof NumberNode number) {
            BigDecimal value = literal(number);
            return value == null ? null
                    : signed.getSign() == SignedUnaryNode.Sign.NEGATIVE ? value.negate() : value;
        }
        return null;
    }

    private static boolean isJavaKey(BaseNode key) {
        String name = keyOf(key);
        return name != null && JavaReachableNames.normalise(name).equals("java");
    }

    /** A context entry's key as Kie stores it, or {@code null} when it is neither a name nor a string. */
    static String keyOf(BaseNode key) {
        if (key instanceof NameDefNode def) {
            return def.getName() != null ? def.getName()
                    : def.getParts() != null ? String.join(" ", def.getParts()) : def.getText();
        }
        return key instanceof StringNode string ? string.getValue() : null;
    }

    static Finding forbidden(ASTNode node, String message) {
        return new Finding(ProblemCodes.FORBIDDEN_CONSTRUCT, at(node) + message);
    }

    private static String at(ASTNode node) {
        return "at line " + node.getStartLine() + ", column " + (node.getStartColumn() + 1) + ": ";
    }

    /** One thing the tree may not hold: a {@link ProblemCodes} code and what is wrong, located in the text. */
    record Finding(String code, String message) {
    }

    private record Visit(ASTNode node, int depth, long iterations) {
    }
}
