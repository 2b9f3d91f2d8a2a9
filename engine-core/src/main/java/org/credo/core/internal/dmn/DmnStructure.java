package org.credo.core.internal.dmn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import org.credo.core.BundleLimits;
import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.Severity;
import org.kie.dmn.feel.lang.Type;
import org.kie.dmn.feel.lang.ast.ASTNode;
import org.kie.dmn.feel.lang.ast.BaseNode;
import org.kie.dmn.feel.lang.types.BuiltInType;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The structural check every uploaded DMN file passes before Kie reads it, decided from parsed forms and never
 * from text: bounds of the XML ({@link DmnXmlBounds}), no DOCTYPE, no function definition of a kind other than
 * FEEL, no expression or type language other than FEEL, no import other than DMN, and every FEEL text parsed by
 * Kie's parser and its tree checked ({@link FeelTreeCheck}), and no recursion among boxed expressions
 * ({@link BoxedRecursionCheck}). Manifest invariants are DMN decisions, so they are
 * checked here like every other expression. Files that do not pass are reported with their element; a bundle with
 * any problem here must not be compiled at all.
 */
public final class DmnStructure {
    /** Elements whose {@code <text>} holds unary tests rather than an expression. */
    private static final Set<String> UNARY_TESTS = Set.of("inputEntry", "allowedValues", "inputValues",
            "outputValues", "typeConstraint");
    /** Elements whose {@code <text>} is prose for people, which nothing evaluates. */
    private static final Set<String> PROSE = Set.of("annotationEntry", "textAnnotation");

    private final BundleLimits limits;
    private final List<Problem> problems;
    private final List<TextElement> texts = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    private DmnStructure(BundleLimits limits, List<Problem> problems) {
        this.limits = limits;
        this.problems = problems;
    }

    /** Checks every DMN file of a bundle, adding each problem found; true when there was none. */
    public static boolean check(SortedMap<String, byte[]> dmnFilesByPath, BundleLimits limits,
                                List<Problem> problems) {
        int before = problems.size();
        new DmnStructure(limits, problems).run(dmnFilesByPath);
        return problems.subList(before, problems.size()).stream().noneMatch(Problem::isError);
    }

    private void run(SortedMap<String, byte[]> files) {
        var roots = new LinkedHashMap<String, Element>();
        files.forEach((path, content) -> {
            if (DmnXmlBounds.check(path, content, limits, problems)) {
                try {
                    roots.put(path, DmnXml.parse(content));
                } catch (SAXException e) {
                    problems.add(new Problem(ProblemCodes.DMN_SCHEMA, Severity.ERROR, path, DmnXml.line(e), null,
                            null, "not well-formed XML: " + e.getMessage()));
                }
            }
        });
        roots.forEach((path, root) -> scan(path, root));
        Map<String, Type> scope = new HashMap<>();
        names.forEach(name -> scope.put(name, BuiltInType.UNKNOWN));
        var syntax = new FeelSyntax(scope);
        var trees = new LinkedHashMap<FeelText, BaseNode>();
        var memberNames = new HashSet<String>();
        names.forEach(name -> memberNames.add(JavaReachableNames.normalise(name)));
        FeelTreeCheck.BUILT_IN_PROPERTIES.forEach(name -> memberNames.add(JavaReachableNames.normalise(name)));
        var treesByElement = new IdentityHashMap<Element, ASTNode>();
        for (TextElement read : texts) {
            FeelText text = read.text();
            FeelSyntax.Parsed parsed = syntax.parse(text);
            if (parsed.node() == null) {
                problems.add(problem(parsed.code(), text, "the FEEL text is refused before parsing or does not "
                        + "parse (" + parsed.failure() + "): " + excerpt(text.text())));
            } else {
                trees.put(text, parsed.node());
                treesByElement.put(read.element(), parsed.node());
                FeelTreeCheck.contextKeys(parsed.node()).forEach(key -> memberNames.add(
                        JavaReachableNames.normalise(key)));
            }
        }
        var check = new FeelTreeCheck(memberNames, limits.maxIterations());
        trees.forEach((text, tree) -> check.findings(tree).forEach(finding -> problems.add(problem(
                finding.code(), text, finding.message() + " (in `" + excerpt(text.text()) + "`)"))));
        var boxed = new BoxedRecursionCheck(treesByElement);
        roots.forEach((path, root) -> boxed.findings(root).forEach(finding -> problems.add(Problem.inElement(
                ProblemCodes.FORBIDDEN_CONSTRUCT, Severity.ERROR, path, locate(finding.element()), null,
                finding.message()))));
    }

    private void scan(String file, Element element) {
        String name = element.getLocalName();
        if (!element.getAttribute("name").isEmpty()) {
            names.add(element.getAttribute("name"));
        }
        String kind = element.getAttribute("kind");
        if (("functionDefinition".equals(name) || "encapsulatedLogic".equals(name))
                && !kind.isEmpty() && !"FEEL".equalsIgnoreCase(kind)) {
            forbidden(file, element, "a function definition of kind " + kind
                    + " would run code outside FEEL; only FEEL functions are allowed");
        }
        for (String attribute : List.of("expressionLanguage", "typeLanguage")) {
            String language = element.getAttribute(attribute);
            if (!language.isEmpty() && !isFeel(language)) {
                forbidden(file, element, attribute + " " + language + " is not FEEL; only FEEL is allowed");
            }
        }
        if ("import".equals(name) && !element.getAttribute("importType").contains("/DMN/")) {
            forbidden(file, element, "an import of type " + element.getAttribute("importType")
                    + " is not allowed; only DMN models import each other");
        }
        if ("text".equals(name) && !PROSE.contains(parentName(element))) {
            readText(file, element);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                scan(file, childElement);
            }
        }
    }

    private void readText(String file, Element element) {
        var text = new FeelText(file, locate(element), element.getTextContent(),
                UNARY_TESTS.contains(parentName(element)));
        if (text.text().length() > limits.maxFeelLength()) {
            problems.add(problem(ProblemCodes.BUNDLE_LIMIT, text, "a FEEL text holds at most "
                    + limits.maxFeelLength() + " characters"));
        } else {
            texts.add(new TextElement(text, element));
        }
    }

    /** A FEEL text and the {@code <text>} element it was read from. */
    private record TextElement(FeelText text, Element element) {
    }

    private static boolean isFeel(String language) {
        return language.equalsIgnoreCase("FEEL") || language.matches("https?://www\\.omg\\.org/spec/DMN/\\d+/FEEL/?");
    }

    private static String parentName(Element element) {
        return element.getParentNode() instanceof Element parent ? parent.getLocalName() : "";
    }

    private void forbidden(String file, Element element, String message) {
        problems.add(Problem.inElement(ProblemCodes.FORBIDDEN_CONSTRUCT, Severity.ERROR, file, locate(element), null,
                message));
    }

    private static Problem problem(String code, FeelText text, String message) {
        return Problem.inElement(code, Severity.ERROR, text.file(), text.element(), null, message);
    }

    private static String excerpt(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
    }

    private static String locate(Element element) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            if (!e.getAttribute("id").isEmpty()) {
                return e.getAttribute("id");
            }
        }
        return null;
    }
}
