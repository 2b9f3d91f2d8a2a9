package org.credo.core.tck;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.credo.core.internal.json.FeelJson;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * One TCK test file ({@code *-test-NN.xml}): the model it exercises and its test cases, with the typed XML values
 * already turned into JSON by {@link TckValues}.
 */
record TckFile(Path path, String modelFile, List<TestCase> cases) {

    static TckFile read(Path path) {
        Element root;
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            root = factory.newDocumentBuilder().parse(path.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("unreadable TCK file " + path + ": " + e.getMessage(), e);
        }
        String modelFile = null;
        var cases = new ArrayList<TestCase>();
        for (Element child : children(root)) {
            switch (child.getLocalName()) {
                case "modelName" -> modelFile = child.getTextContent().strip();
                case "testCase" -> cases.add(testCase(child));
                default -> {
                    // labels, descriptions
                }
            }
        }
        return new TckFile(path, modelFile, List.copyOf(cases));
    }

    private static TestCase testCase(Element element) {
        String type = element.getAttribute("type").isEmpty() ? "decision" : element.getAttribute("type");
        String invocable = element.getAttribute("invocableName").isEmpty() ? null
                : element.getAttribute("invocableName");
        ObjectNode inputs = FeelJson.NODES.objectNode();
        var results = new ArrayList<ResultNode>();
        try {
            for (Element child : children(element)) {
                if (child.getLocalName().equals("inputNode")) {
                    inputs.set(child.getAttribute("name"), TckValues.json(child));
                } else if (child.getLocalName().equals("resultNode")) {
                    results.add(resultNode(child));
                }
            }
        } catch (TckValues.UnreadableValue e) {
            return new TestCase(element.getAttribute("id"), type, invocable, inputs, List.of(),
                    "the test case cannot be read: " + e.getMessage());
        }
        return new TestCase(element.getAttribute("id"), type, invocable, inputs, List.copyOf(results), null);
    }

    private static ResultNode resultNode(Element element) {
        boolean error = "true".equals(element.getAttribute("errorResult"));
        Element expected = children(element).stream().filter(e -> e.getLocalName().equals("expected"))
                .findFirst().orElse(null);
        if (expected == null && !error) {
            throw new TckValues.UnreadableValue("result '" + element.getAttribute("name") + "' expects nothing");
        }
        return new ResultNode(element.getAttribute("name"), error,
                error ? FeelJson.NODES.nullNode() : TckValues.json(expected));
    }

    static List<Element> children(Element element) {
        var children = new ArrayList<Element>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    /**
     * A test case: the inputs as one JSON object, and the results it expects.
     *
     * @param unreadable null, or why the case could not be read (it then fails)
     */
    record TestCase(String id, String type, String invocableName, ObjectNode inputs, List<ResultNode> results,
                    String unreadable) {
        boolean invokesDecisionService() {
            return "decisionService".equals(type);
        }
    }

    /** An expected result; {@code errorResult} expects an error: a null result, as the DMN specification has it. */
    record ResultNode(String name, boolean errorResult, JsonNode expected) {
    }
}
