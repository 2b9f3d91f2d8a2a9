package org.credo.service.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import org.credo.core.RuleSet;
import org.credo.service.audit.AuditRecord;

/**
 * Re-decides a stored decision with a rule set, recording nothing: what a simulation's worker
 * ({@link WorkerMain#simulate}) needs of the decision feature, which implements it (so that decisions depend on rule
 * sets and never the other way round).
 */
public interface Redecider {
    /** The outputs the record's inputs and recorded reference data come to with {@code ruleSet}. */
    JsonNode outputs(RuleSet ruleSet, AuditRecord record);
}
