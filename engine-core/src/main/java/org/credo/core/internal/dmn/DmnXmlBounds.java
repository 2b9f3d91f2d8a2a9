package org.credo.core.internal.dmn;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.credo.core.BundleLimits;
import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.Severity;

/**
 * A streaming pass over one DMN file before any tree of it is built: refuses a DOCTYPE (and so every entity), and
 * counts nesting depth, elements, decision tables and each table's rules against {@link BundleLimits}. It stops at
 * the first limit exceeded, so a hostile file costs one bounded read and never a deep recursion.
 */
final class DmnXmlBounds {
    private static final XMLInputFactory FACTORY = factory();

    private DmnXmlBounds() {
    }

    /** Whether the file is within bounds; when not, its one problem is added. */
    static boolean check(String file, byte[] content, BundleLimits limits, List<Problem> problems) {
        var ids = new ArrayDeque<String>();
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(content));
            int elements = 0;
            int tables = 0;
            int rules = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    return refuse(file, reader, ids, ProblemCodes.FORBIDDEN_CONSTRUCT,
                            "a DOCTYPE is not allowed in a DMN file (it would declare entities)", problems);
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    ids.pop();
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String id = reader.getAttributeValue(null, "id");
                ids.push(id != null ? id : ids.isEmpty() ? "" : ids.peek());
                String name = reader.getLocalName();
                if (++elements > limits.maxXmlElements()) {
                    return refuse(file, reader, ids, ProblemCodes.BUNDLE_LIMIT,
                            "a DMN file holds at most " + limits.maxXmlElements() + " elements", problems);
                }
                if (ids.size() > limits.maxXmlDepth()) {
                    return refuse(file, reader, ids, ProblemCodes.BUNDLE_LIMIT,
                            "DMN elements nest at most " + limits.maxXmlDepth() + " deep", problems);
                }
                if (name.equals("decisionTable")) {
                    rules = 0;
                    if (++tables > limits.maxTablesPerModel()) {
                        return refuse(file, reader, ids, ProblemCodes.BUNDLE_LIMIT,
                                "a DMN file holds at most " + limits.maxTablesPerModel() + " decision tables",
                                problems);
                    }
                } else if (name.equals("rule") && ++rules > limits.maxRulesPerTable()) {
                    return refuse(file, reader, ids, ProblemCodes.BUNDLE_LIMIT,
                            "a decision table holds at most " + limits.maxRulesPerTable() + " rules", problems);
                }
            }
            return true;
        } catch (XMLStreamException e) {
            Integer line = e.getLocation() == null || e.getLocation().getLineNumber() < 0 ? null
                    : e.getLocation().getLineNumber();
            problems.add(new Problem(ProblemCodes.DMN_SCHEMA, Severity.ERROR, file, line, null, null,
                    "not well-formed XML: " + e.getMessage()));
            return false;
        }
    }

    private static boolean refuse(String file, XMLStreamReader reader, Deque<String> ids, String code,
                                  String message, List<Problem> problems) {
        String element = ids.isEmpty() || ids.peek().isEmpty() ? null : ids.peek();
        int line = reader.getLocation().getLineNumber();
        problems.add(new Problem(code, Severity.ERROR, file, line > 0 ? line : null, element, null, message));
        return false;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }
}
