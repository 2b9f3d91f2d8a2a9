package org.credo.zone;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shipped DMN model carries a laid-out decision requirements diagram (DMNDI), so that dmn-js, the Apache KIE
 * DMN editor and Camunda Modeler open it with every node and requirement drawn.
 */
class DecisionDiagramTest {
    private static final String DMN = "https://www.omg.org/spec/DMN/20230324/MODEL/";
    private static final String DMNDI = "https://www.omg.org/spec/DMN/20230324/DMNDI/";
    private static final String DC = "http://www.omg.org/spec/DMN/20180521/DC/";
    private static final Set<String> DRG_ELEMENTS = Set.of("decision", "inputData", "businessKnowledgeModel",
            "knowledgeSource");
    private static final Set<String> REQUIREMENTS = Set.of("informationRequirement", "knowledgeRequirement",
            "authorityRequirement");

    @Test
    void everyShippedModelDrawsEveryNodeAndEveryRequirementOnce() throws Exception {
        var models = ZoneRuleSet.shippedBundle().files().entrySet().stream()
                .filter(file -> file.getKey().endsWith(".dmn")).toList();
        assertThat(models).hasSize(8);
        for (var model : models) {
            Document document = parse(model.getValue());
            var nodes = new ArrayList<String>();
            var requirements = new ArrayList<String>();
            collect(document.getDocumentElement(), nodes, requirements);
            assertThat(nodes).as(model.getKey() + " nodes").isNotEmpty();
            assertThat(requirements).as(model.getKey() + " requirements").isNotEmpty();
            assertThat(references(document, "DMNShape")).as(model.getKey() + " shapes")
                    .containsExactlyInAnyOrderElementsOf(nodes);
            assertThat(references(document, "DMNEdge")).as(model.getKey() + " edges")
                    .containsExactlyInAnyOrderElementsOf(requirements);
        }
    }

    @Test
    void kieCompilesTheModelsWithoutAWordAboutTheirDiagrams() {
        var problems = ShippedRuleSet.compile(ZoneRuleSet.shippedBundle()).problems();
        assertThat(problems).as("problems naming the diagram interchange").noneMatch(problem -> Stream.of("DMNDI",
                "DMNShape", "DMNEdge", "DMNDiagram", "dmnElementRef").anyMatch(problem.message()::contains));
    }

    @Test
    void noTwoShapesOfADiagramOverlapAndInputsLieBelowTheDecisionsThatNeedThem() throws Exception {
        for (var model : ZoneRuleSet.shippedBundle().files().entrySet()) {
            if (!model.getKey().endsWith(".dmn")) {
                continue;
            }
            Document document = parse(model.getValue());
            Map<String, double[]> boxes = new HashMap<>();
            var shapes = document.getElementsByTagNameNS(DMNDI, "DMNShape");
            for (int i = 0; i < shapes.getLength(); i++) {
                var shape = (Element) shapes.item(i);
                var bounds = (Element) shape.getElementsByTagNameNS(DC, "Bounds").item(0);
                boxes.put(shape.getAttribute("dmnElementRef"), new double[] {number(bounds, "x"),
                        number(bounds, "y"), number(bounds, "width"), number(bounds, "height")});
            }
            var ids = new ArrayList<>(boxes.keySet());
            for (int a = 0; a < ids.size(); a++) {
                for (int b = a + 1; b < ids.size(); b++) {
                    assertThat(overlap(boxes.get(ids.get(a)), boxes.get(ids.get(b))))
                            .as(model.getKey() + ": " + ids.get(a) + " overlaps " + ids.get(b)).isFalse();
                }
            }
            var inputs = document.getElementsByTagNameNS(DMN, "requiredInput");
            for (int i = 0; i < inputs.getLength(); i++) {
                var input = (Element) inputs.item(i);
                String decision = ((Element) input.getParentNode().getParentNode()).getAttribute("id");
                double[] below = boxes.get(input.getAttribute("href").substring(1));
                assertThat(below[1]).as(model.getKey() + ": input below " + decision)
                        .isGreaterThan(boxes.get(decision)[1]);
            }
        }
    }

    private static void collect(Element element, List<String> nodes, List<String> requirements) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && DMN.equals(e.getNamespaceURI())) {
                if (DRG_ELEMENTS.contains(e.getLocalName())) {
                    nodes.add(e.getAttribute("id"));
                } else if (REQUIREMENTS.contains(e.getLocalName())) {
                    requirements.add(e.getAttribute("id"));
                }
                collect(e, nodes, requirements);
            }
        }
    }

    private static List<String> references(Document document, String diagramElement) {
        var found = document.getElementsByTagNameNS(DMNDI, diagramElement);
        var references = new ArrayList<String>();
        for (int i = 0; i < found.getLength(); i++) {
            references.add(((Element) found.item(i)).getAttribute("dmnElementRef"));
        }
        return references;
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    private static Document parse(byte[] content) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
    }
}
