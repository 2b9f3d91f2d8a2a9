package org.credo.core.internal.dmn;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Reads DMN files as XML with external entities and DTDs disabled, before Kie sees them. */
public final class DmnXml {
    private DmnXml() {
    }

    /** The document element, or an exception naming the line that is not well-formed XML. */
    public static Element parse(byte[] content) throws SAXException {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(null);
            Document document = builder.parse(new ByteArrayInputStream(content));
            return document.getDocumentElement();
        } catch (ParserConfigurationException | IOException e) {
            throw new SAXException(e.getMessage(), e);
        }
    }

    /** Line of a parse error, or null. */
    static Integer line(SAXException e) {
        return e instanceof SAXParseException parse && parse.getLineNumber() > 0 ? parse.getLineNumber() : null;
    }

    /** Every element id of the document. */
    static Set<String> ids(Element root) {
        var ids = new HashSet<String>();
        collectIds(root, ids);
        return ids;
    }

    private static void collectIds(Element element, Set<String> ids) {
        if (!element.getAttribute("id").isEmpty()) {
            ids.add(element.getAttribute("id"));
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collectIds(childElement, ids);
            }
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
