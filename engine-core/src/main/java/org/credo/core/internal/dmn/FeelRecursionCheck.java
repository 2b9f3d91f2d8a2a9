package org.credo.core.internal.dmn;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credo.core.ProblemCodes;
import org.kie.dmn.feel.lang.ast.ASTNode;
import org.kie.dmn.feel.lang.ast.ContextEntryNode;
import org.kie.dmn.feel.lang.ast.ContextNode;
import org.kie.dmn.feel.lang.ast.FormalParameterNode;
import org.kie.dmn.feel.lang.ast.FunctionDefNode;
import org.kie.dmn.feel.lang.ast.FunctionInvocationNode;
import org.kie.dmn.feel.lang.ast.NameRefNode;

/**
 * Refuses recursion among FEEL functions defined inline, which would run within one expression where no deadline
 * check is reached: a function body invoking a parameter of that or an enclosing function (self-application), and
 * a cycle through an entry of a context that holds a function definition, where an entry reaches every entry of
 * its context its value names anywhere (nested functions and contexts, aliases and paths included). Names are
 * compared as {@link JavaReachableNames#normalise} gives them, so a shadowing name is counted too. Built-ins taking
 * functions stay allowed; business knowledge models are not inline and are stopped by the evaluation deadline.
 * Entries of boxed (XML) contexts are separate texts; {@link BoxedRecursionCheck} links them.
 */
final class FeelRecursionCheck {
    private FeelRecursionCheck() {
    }

    /** Every recursion in the tree, in tree order. */
    static List<FeelTreeCheck.Finding> findings(ASTNode root) {
        var findings = new ArrayList<FeelTreeCheck.Finding>();
        for (ASTNode node : nodes(root)) {
            if (node instanceof FunctionDefNode function) {
                checkParameterInvocations(function, findings);
            } else if (node instanceof ContextNode context) {
                checkCycles(context, findings);
            }
        }
        return findings;
    }

    private static void checkParameterInvocations(FunctionDefNode function, List<FeelTreeCheck.Finding> findings) {
        var parameters = new HashSet<String>();
        for (FormalParameterNode parameter : function.getFormalParameters()) {
            parameters.add(JavaReachableNames.normalise(FeelTreeCheck.keyOf(parameter.getName())));
        }
        if (function.getBody() == null) {
            return;
        }
        for (ASTNode node : nodes(function.getBody())) {
            if (node instanceof FunctionInvocationNode invocation && invocation.getName() instanceof NameRefNode ref
                    && parameters.contains(JavaReachableNames.normalise(ref.getText()))) {
                findings.add(FeelTreeCheck.forbidden(node, "a function may not invoke its parameter `"
                        + ref.getText() + "`: applying a function to itself recurses without bound"));
            }
        }
    }

    private static void checkCycles(ContextNode context, List<FeelTreeCheck.Finding> findings) {
        var entries = new LinkedHashMap<String, ContextEntryNode>();
        for (ContextEntryNode entry : context.getEntries()) {
            String key = FeelTreeCheck.keyOf(entry.getName());
            if (key != null) {
                entries.put(JavaReachableNames.normalise(key), entry);
            }
        }
        var calls = new LinkedHashMap<String, Set<String>>();
        entries.forEach((name, entry) -> calls.put(name, namesUsed(entry.getValue(), entries.keySet())));
        for (var entry : entries.entrySet()) {
            if (holdsFunction(entry.getValue().getValue()) && reaches(calls, entry.getKey())) {
                findings.add(FeelTreeCheck.forbidden(entry.getValue(), "the function `"
                        + FeelTreeCheck.keyOf(entry.getValue().getName()) + "` calls itself, directly or through "
                        + "other entries of its context: recursion within an expression is not allowed"));
                return;
            }
        }
    }

    private static boolean holdsFunction(ASTNode value) {
        return nodes(value).stream().anyMatch(FunctionDefNode.class::isInstance);
    }

    /** Whether {@code start} is reachable from the names it calls. */
    static boolean reaches(Map<String, Set<String>> calls, String start) {
        var seen = new HashSet<String>();
        var pending = new ArrayDeque<>(calls.get(start));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (name.equals(start)) {
                return true;
            }
            if (seen.add(name)) {
                pending.addAll(calls.get(name));
            }
        }
        return false;
    }

    private static Set<String> namesUsed(ASTNode body, Set<String> candidates) {
        var used = new HashSet<String>();
        for (ASTNode node : nodes(body)) {
            if (node instanceof NameRefNode ref && candidates.contains(JavaReachableNames.normalise(ref.getText()))) {
                used.add(JavaReachableNames.normalise(ref.getText()));
            }
        }
        return used;
    }

    /** The node and all its descendants, walked without recursion. */
    static List<ASTNode> nodes(ASTNode root) {
        var all = new ArrayList<ASTNode>();
        var pending = new ArrayDeque<ASTNode>();
        pending.push(root);
        while (!pending.isEmpty()) {
            ASTNode node = pending.pop();
            all.add(node);
            ASTNode[] children = node.getChildrenNode();
            for (int i = children == null ? -1 : children.length - 1; i >= 0; i--) {
                if (children[i] != null) {
                    pending.push(children[i]);
                }
            }
        }
        return all;
    }
}
