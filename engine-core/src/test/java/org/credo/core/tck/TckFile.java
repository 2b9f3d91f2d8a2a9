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
        ObjectNode inputs = FeelJson.NODES.objectNode();
        var results = new ArrayList<ResultNode>();
        for (Element child : children(element)) {
            if (child.getLocalName().equals("inputNode")) {
                inputs.set(child.getAttribute("name"), TckValues.json(child));
            } else if (child.getLocalName().equals("resultNode")) {
                boolean error = "true".equals(child.getAttribute("errorResult"));
                Element expected = children(child).stream().filter(e -> e.getLocalName().equals("expected"))
                        .findFirst().orElse(null);
                results.add(new ResultNode(child.getAttribute("name"), error,
                        expected == null || error ? FeelJson.NODES.nullNode() : TckValues.json(expected)));
            }
        }
        String type = element.getAttribute("type").isEmpty() ? "decision" : element.getAttribute("type");
        String invocable = element.getAttribute("invocableName");
        return new TestCase(element.getAttribute("id"), type, invocable.isEmpty() ? null : invocable, inputs,
                List.copyOf(results));
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

    /** A test case: the inputs as one JSON object, and the results it expects. */
    record TestCase(String id, String type, String invocableName, ObjectNode inputs, List<ResultNode> results) {
        boolean invokesDecisionService() {
            return "decisionService".equals(type);
        }
    }

    /** An expected result; {@code errorResult} expects null, as the DMN specification makes errors. */
    record ResultNode(String name, boolean errorResult, JsonNode expected) {
    }
}
