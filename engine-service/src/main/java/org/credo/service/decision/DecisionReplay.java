package org.credo.service.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.core.RuleSet;
import org.credo.service.audit.AuditRecord;
import org.credo.service.audit.CanonicalJson;
import org.credo.service.problem.ApiException;
import org.credo.service.ruleset.ActiveRuleSet;
import org.credo.service.ruleset.Redecider;

/**
 * Re-decides a stored decision with the rule-set version that decided it, in the {@link DecisionContext} rebuilt
 * from its record (inputs, day, reference data, sampling key id), without recording anything, and says whether the
 * outputs and reasons come out the same.
 */
@ApplicationScoped
public class DecisionReplay implements Redecider {
    private final ActiveRuleSet ruleSets;
    private final Evaluator evaluator;

    public DecisionReplay(ActiveRuleSet ruleSets, Evaluator evaluator) {
        this.ruleSets = ruleSets;
        this.evaluator = evaluator;
    }

    /** {@code {identical, original: {outputs, reasons}, replayed: {outputs, reasons}}}. */
    public ObjectNode replay(AuditRecord record) {
        RuleSet ruleSet = ruleSets.byVersion(record.rulesetVersion()).orElseThrow(() -> ApiException.conflict(
                "rule-set version " + record.rulesetVersion() + " is not loaded in this service"));
        Evaluation replayed = reevaluate(ruleSet, record);
        ObjectNode original = part(record.outputs(), record.body().path("reasons"));
        ObjectNode again = part(replayed.outputs(), replayed.reasons());
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("decisionId", record.decisionId());
        answer.put("rulesetVersion", record.rulesetVersion());
        answer.put("identical", CanonicalJson.of(original).equals(CanonicalJson.of(again)));
        answer.set("original", original);
        answer.set("replayed", again);
        return answer;
    }

    /** The evaluation a stored record gives with a rule set: its {@link DecisionContext} decided again. */
    private Evaluation reevaluate(RuleSet ruleSet, AuditRecord record) {
        return evaluator.evaluate(ruleSet, DecisionContext.of(record));
    }

    @Override
    public JsonNode outputs(RuleSet ruleSet, AuditRecord record) {
        return reevaluate(ruleSet, record).outputs();
    }

    private static ObjectNode part(JsonNode outputs, JsonNode reasons) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set("outputs", outputs);
        node.set("reasons", reasons);
        return node;
    }
}
