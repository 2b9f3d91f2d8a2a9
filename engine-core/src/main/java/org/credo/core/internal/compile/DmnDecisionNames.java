package org.credo.core.internal.compile;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The decisions each DMN model declares, read from the files' {@code <definitions name>} and {@code <decision
 * name>} elements, so the manifest's decisions can be checked without evaluating anything. Files that do not parse
 * are left out (the DMN compiler reports them).
 */
final class DmnDecisionNames {
    private DmnDecisionNames() {
    }

    static Map<String, Set<String>> byModel(Iterable<byte[]> dmnFiles) {
        var byModel = new HashMap<String, Set<String>>();
        for (byte[] file : dmnFiles) {
            Element definitions = parse(file);
            if (definitions == null) {
                continue;
            }
            Set<String> decisions = byModel.computeIfAbsent(definitions.getAttribute("name"), m -> new HashSet<>());
            NodeList children = definitions.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                Node child = children.item(i);
                if (child instanceof Element element && "decision".equals(element.getLocalName())) {
                    decisions.add(element.getAttribute("name"));
                }
            }
        }
        return byModel;
    }

    private static Element parse(byte[] file) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(file)).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return null;
        }
    }
}
