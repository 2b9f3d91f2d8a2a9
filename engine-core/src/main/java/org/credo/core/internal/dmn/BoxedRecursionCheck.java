package org.credo.core.internal.dmn;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.dmn.feel.lang.ast.ASTNode;
import org.kie.dmn.feel.lang.ast.FunctionDefNode;
import org.kie.dmn.feel.lang.ast.FunctionInvocationNode;
import org.kie.dmn.feel.lang.ast.NameRefNode;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Refuses recursion among boxed (XML) expressions, as {@link FeelRecursionCheck} does within one FEEL text: a cycle,
 * among the entries of a boxed context, by the names their values use (in every FEEL text below an entry, nested
 * boxed contexts, functions and invocations included), through an entry holding a function (a boxed function
 * definition or an inline one); and a boxed function definition invoking its own or an enclosing boxed function's
 * parameter (self-application), in a FEEL text or as the function of a boxed invocation. Decided from the XML and
 * the FEEL syntax trees already parsed, never from text. Names are compared as {@link JavaReachableNames#normalise}
 * gives them, and a name that shadows an entry counts as that entry (conservative). Business knowledge models are
 * not contexts and may recurse.
 */
final class BoxedRecursionCheck {
    /** A recursion found: the element it is located at, and why. */
    record Finding(Element element, String message) {
    }

    private final Map<Element, ASTNode> trees;

    /** @param trees the syntax tree of every parsed {@code <text>} element */
    BoxedRecursionCheck(Map<Element, ASTNode> trees) {
        this.trees = trees;
    }

    /** Every recursion among the boxed expressions of a DMN document, in document order. */
    List<Finding> findings(Element root) {
        var findings = new ArrayList<Finding>();
        for (Element element : elements(root)) {
            if ("context".equals(element.getLocalName())) {
                checkCycles(element, findings);
            } else if ("functionDefinition".equals(element.getLocalName())) {
                checkParameterInvocations(element, findings);
            }
        }
        return findings;
    }

    private void checkCycles(Element context, List<Finding> findings) {
        var entries = new LinkedHashMap<String, Element>();
        for (Element entry : children(context, "contextEntry")) {
            for (Element variable : children(entry, "variable")) {
                entries.put(JavaReachableNames.normalise(variable.getAttribute("name")), entry);
            }
        }
        var calls = new LinkedHashMap<String, Set<String>>();
        entries.forEach((name, entry) -> calls.put(name, namesUsed(entry, entries.keySet())));
        for (var entry : entries.entrySet()) {
            if (holdsFunction(entry.getValue()) && FeelRecursionCheck.reaches(calls, entry.getKey())) {
                findings.add(new Finding(entry.getValue(), "the boxed context entry `" + entry.getKey()
                        + "` holds a function that calls itself, directly or through other entries of its context: "
                        + "recursion within an expression is not allowed"));
                return;
            }
        }
    }

    private void checkParameterInvocations(Element function, List<Finding> findings) {
        var parameters = new HashSet<String>();
        for (Element parameter : children(function, "formalParameter")) {
            parameters.add(JavaReachableNames.normalise(parameter.getAttribute("name")));
        }
        for (Element element : elements(function)) {
            ASTNode tree = trees.get(element);
            if (tree != null) {
                for (ASTNode node : FeelRecursionCheck.nodes(tree)) {
                    if (node instanceof FunctionInvocationNode invocation
                            && invocation.getName() instanceof NameRefNode ref
                            && parameters.contains(JavaReachableNames.normalise(ref.getText()))) {
                        findings.add(selfApplication(element, ref.getText()));
                    }
                }
            } else if ("invocation".equals(element.getLocalName())) {
                String called = invokedName(element);
                if (called != null && parameters.contains(called)) {
                    findings.add(selfApplication(element, called));
                }
            }
        }
    }

    private static Finding selfApplication(Element element, String parameter) {
        return new Finding(element, "a boxed function may not invoke its parameter `" + parameter
                + "`: applying a function to itself recurses without bound");
    }

    /** The name a boxed invocation calls, normalised, when its function is a plain name. */
    private String invokedName(Element invocation) {
        for (Element called : children(invocation, "literalExpression")) {
            for (Element text : children(called, "text")) {
                if (trees.get(text) instanceof NameRefNode ref) {
                    return JavaReachableNames.normalise(ref.getText());
                }
            }
        }
        return null;
    }

    private boolean holdsFunction(Element entry) {
        for (Element element : elements(entry)) {
            if ("functionDefinition".equals(element.getLocalName())) {
                return true;
            }
            ASTNode tree = trees.get(element);
            if (tree != null && FeelRecursionCheck.nodes(tree).stream().anyMatch(FunctionDefNode.class::isInstance)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> namesUsed(Element entry, Set<String> candidates) {
        var used = new HashSet<String>();
        for (Element element : elements(entry)) {
            ASTNode tree = trees.get(element);
            if (tree != null) {
                for (ASTNode node : FeelRecursionCheck.nodes(tree)) {
                    if (node instanceof NameRefNode ref
                            && candidates.contains(JavaReachableNames.normalise(ref.getText()))) {
                        used.add(JavaReachableNames.normalise(ref.getText()));
                    }
                }
            }
        }
        return used;
    }

    private static List<Element> children(Element parent, String localName) {
        var found = new ArrayList<Element>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    /** The element and all elements below it, in document order, walked without recursion. */
    private static List<Element> elements(Element root) {
        var all = new ArrayList<Element>();
        var pending = new ArrayDeque<Element>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Element element = pending.pop();
            all.add(element);
            var below = new ArrayList<Element>();
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element childElement) {
                    below.add(childElement);
                }
            }
            for (int i = below.size() - 1; i >= 0; i--) {
                pending.push(below.get(i));
            }
        }
        return all;
    }
}
