package org.credo.service.decision;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.credo.service.audit.AuditRecord;

/** The answer to a decision request, built from its stored record: the outputs plus the common fields. */
public final class DecisionAnswer {
    private DecisionAnswer() {
    }

    /**
     * Outputs, then {@code decisionId}, {@code rulesetVersion}, {@code decidedAt} and {@code reasons}, each reason's
     * description and legal basis in {@code language}.
     */
    public static ObjectNode of(AuditRecord record, RuleLanguage language) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("decisionId", record.decisionId());
        answer.setAll((ObjectNode) record.outputs());
        answer.put("rulesetVersion", record.rulesetVersion());
        answer.put("decidedAt", record.decidedAt().toString());
        answer.set("reasons", language.reasons(record.body().path("reasons")));
        return answer;
    }

    /**
     * The answer to a read that records nothing: the outputs, {@code rulesetVersion} and {@code reasons}, without the
     * {@code decisionId} and {@code decidedAt} that only a stored decision has; each reason in {@code language}.
     */
    public static ObjectNode unrecorded(Evaluation evaluation, RuleLanguage language) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.setAll(evaluation.outputs().deepCopy());
        answer.put("rulesetVersion", evaluation.rulesetVersion());
        answer.set("reasons", language.reasons(evaluation.reasons()));
        return answer;
    }
}
