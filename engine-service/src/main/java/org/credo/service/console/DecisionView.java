package org.credo.service.console;

import com.fasterxml.jackson.databind.JsonNode;
import org.credo.service.audit.AuditRecord;
import org.credo.service.audit.OutcomeLabels;

import java.util.ArrayList;
import java.util.List;

/**
 * A stored decision as its console page shows it: the record's facts, its inputs and outputs as fields, the reasons,
 * and the trace as a tree — decision → DMN decision (table) → matched rule → legal basis and confidence, or
 * decision → fired DRL rule → legal basis and confidence.
 */
public record DecisionView(AuditRecord record, String outcome, List<Field> inputs, List<Field> outputs,
                           List<Basis> reasons, List<Step> trace) {

    /** One input or output: a scalar shown as text, or a structure shown as indented JSON. */
    public record Field(String name, String value, boolean structured) {
    }

    /** A rule's declared basis. */
    public record Basis(String ruleId, String description, String legalBasis, String confidence, String validFrom,
                        String validTo, boolean provisional) {
    }

    /** One manifest decision the request evaluated (an inspection evaluates the credit class first). */
    public record Step(String decision, String asOf, List<TableNode> tables, List<FiredNode> firedRules) {
    }

    /** A DMN decision evaluated, with its result and the table rules it matched. */
    public record TableNode(String model, String decision, String status, String result, List<RuleNode> rules) {
    }

    /** A decision-table rule that matched. */
    public record RuleNode(String table, int ruleNumber, Basis basis) {
    }

    /** A DRL rule that fired. */
    public record FiredNode(String rulePackage, String ruleName, Basis basis) {
    }

    /** The record as a page in {@code lang} shows it: Chinese pages show each rule's Chinese texts where it has any. */
    static DecisionView of(AuditRecord record, String lang) {
        boolean chinese = "zh".equals(lang);
        var reasons = new ArrayList<Basis>();
        record.body().path("reasons").forEach(r -> reasons.add(basis(r, chinese)));
        var steps = new ArrayList<Step>();
        for (JsonNode step : record.body().path("trace")) {
            var tables = new ArrayList<TableNode>();
            for (JsonNode d : step.path("trace").path("decisions")) {
                var rules = new ArrayList<RuleNode>();
                d.path("matchedRules").forEach(m -> rules.add(new RuleNode(m.path("table").asText(),
                        m.path("ruleNumber").asInt(), basis(m.path("basis"), chinese))));
                tables.add(new TableNode(d.path("model").asText(), d.path("decision").asText(),
                        d.path("status").asText(), Json.compact(d.path("result")), rules));
            }
            var fired = new ArrayList<FiredNode>();
            step.path("trace").path("firedRules").forEach(f -> fired.add(new FiredNode(
                    f.path("rulePackage").asText(), f.path("ruleName").asText(), basis(f.path("basis"), chinese))));
            steps.add(new Step(step.path("decision").asText(), text(step.path("asOf")), tables, fired));
        }
        return new DecisionView(record, OutcomeLabels.of(record), fields(record.inputs()), fields(record.outputs()),
                reasons, steps);
    }

    private static List<Field> fields(JsonNode object) {
        var fields = new ArrayList<Field>();
        object.fields().forEachRemaining(e -> {
            JsonNode value = e.getValue();
            boolean structured = value.isContainerNode() && !value.isEmpty();
            fields.add(new Field(e.getKey(), structured ? Json.pretty(value) : text(value), structured));
        });
        return fields;
    }

    private static Basis basis(JsonNode b, boolean chinese) {
        return new Basis(text(b.path("ruleId")), inLanguage(b, "description", chinese),
                inLanguage(b, "legalBasis", chinese),
                text(b.path("confidence")), text(b.path("validFrom")), text(b.path("validTo")),
                b.path("provisional").asBoolean());
    }

    /** The field's Chinese text ({@code <field>Zh}) when asked for and present, else its English text. */
    private static String inLanguage(JsonNode basis, String field, boolean chinese) {
        String zh = chinese ? text(basis.path(field + "Zh")) : null;
        return zh != null && !zh.isBlank() ? zh : text(basis.path(field));
    }

    private static String text(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : Json.compact(node);
    }
}
