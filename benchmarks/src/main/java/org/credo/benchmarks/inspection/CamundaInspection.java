package org.credo.benchmarks.inspection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * (c) Camunda 7.23's DMN engine on an equivalent decision requirements graph ({@code benchmarks/inspection-camunda.dmn}).
 * {@link Mode#FEEL} is the engine's default (the Scala FEEL engine everywhere); {@link Mode#LEGACY} is
 * {@code enableFeelLegacyBehavior(true)}: the pre-7.13 Java FEEL engine for input entries and JUEL for input
 * expressions and output entries, into which the model's expressions are rewritten.
 */
public final class CamundaInspection implements InspectionEngine {
    private static final String MODEL_PATH = "benchmarks/inspection-camunda.dmn";
    private static final Pattern EXPRESSION =
            Pattern.compile("(<(?:inputExpression|outputEntry)[^>]*><text>)([^<]*)(</text>)");

    /** Which FEEL engine evaluates the model. */
    public enum Mode { FEEL, LEGACY }

    private final DmnEngine engine;
    private final DmnDecision decision;
    private final VariableMap[] inputs;

    public CamundaInspection(Declaration[] declarations, Mode mode) {
        this.engine = new DefaultDmnEngineConfiguration().enableFeelLegacyBehavior(mode == Mode.LEGACY).buildEngine();
        this.decision = engine.parseDecision("inspection", model(mode));
        this.inputs = new VariableMap[declarations.length];
        for (int i = 0; i < declarations.length; i++) {
            Declaration d = declarations[i];
            inputs[i] = Variables.createVariables().putValue("creditClass", d.creditClass())
                    .putValue("customsMode", d.customsMode()).putValue("direction", d.direction())
                    .putValue("hsCode", d.hsCode()).putValue("asOfDay", d.asOfDay());
        }
    }

    @Override
    public DmnDecisionResult decide(int index) {
        return engine.evaluateDecision(decision, inputs[index]);
    }

    @Override
    public Verdict verdict(Object result) {
        Map<String, Object> outputs = ((DmnDecisionResult) result).getSingleResult().getEntryMap();
        return new Verdict(Verdict.decimal(outputs.get("inspectionRate")), (String) outputs.get("goodsRisk"),
                Verdict.decimal(outputs.get("regularRate")));
    }

    private static InputStream model(Mode mode) {
        String xml;
        try (InputStream in = Objects.requireNonNull(
                CamundaInspection.class.getClassLoader().getResourceAsStream(MODEL_PATH), MODEL_PATH)) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (mode == Mode.LEGACY) {
            xml = EXPRESSION.matcher(xml).replaceAll(m -> Matcher.quoteReplacement(
                    m.group(1) + "${" + juel(m.group(2)) + "}" + m.group(3)));
        }
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** FEEL to JUEL: names, literals and arithmetic read the same; the HS chapter is a substring call. */
    private static String juel(String feel) {
        return feel.equals("number(substring(hsCode, 1, 2))") ? "hsCode.substring(0, 2)" : feel;
    }
}
