package org.credo.core.internal.dmn;

import java.util.List;
import java.util.regex.Pattern;

import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.Severity;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Finds the DMN constructs that would let an uploaded model run Java: a function definition of any kind other
 * than FEEL ({@code kind="Java"}, {@code kind="PMML"}), and FEEL {@code external} functions (whose
 * {@code java: {class: …, method signature: …}} context names a Java method to call). Also FEEL paths to
 * {@code class}, which Kie resolves by calling {@code getClass()} on any value.
 */
final class ForbiddenConstructs {
    private static final Pattern EXTERNAL_FUNCTION = Pattern.compile("\\bexternal\\s*\\{");
    private static final Pattern CLASS_PATH = Pattern.compile("\\.\\s*class\\b");

    private ForbiddenConstructs() {
    }

    /** Adds a {@link ProblemCodes#FORBIDDEN_CONSTRUCT} for each construct found; true when there was none. */
    static boolean check(String file, Element root, List<Problem> problems) {
        int before = problems.size();
        scan(file, root, problems);
        return problems.size() == before;
    }

    private static void scan(String file, Element element, List<Problem> problems) {
        String name = element.getLocalName();
        String kind = element.getAttribute("kind");
        if (("functionDefinition".equals(name) || "encapsulatedLogic".equals(name))
                && !kind.isEmpty() && !"FEEL".equalsIgnoreCase(kind)) {
            problems.add(problem(file, element, "a function definition of kind " + kind
                    + " would run code outside FEEL; only FEEL functions are allowed"));
        }
        if ("text".equals(name)) {
            String text = element.getTextContent();
            if (EXTERNAL_FUNCTION.matcher(text).find()) {
                problems.add(problem(file, element,
                        "FEEL external functions call Java and are not allowed: " + text.strip()));
            } else if (CLASS_PATH.matcher(text).find()) {
                problems.add(problem(file, element,
                        "FEEL paths to 'class' reach Java reflection and are not allowed: " + text.strip()));
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                scan(file, childElement, problems);
            }
        }
    }

    private static Problem problem(String file, Element element, String message) {
        return Problem.inElement(ProblemCodes.FORBIDDEN_CONSTRUCT, Severity.ERROR, file, locate(element), null,
                message);
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
