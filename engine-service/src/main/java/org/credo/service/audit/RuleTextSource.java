package org.credo.service.audit;

import java.util.Optional;

/** Where stored records find the rule texts of the rule-set version that decided them. */
public interface RuleTextSource {

    /** The texts of a rule-set version, or empty when this service does not hold that version. */
    Optional<RuleTexts> of(String rulesetVersion);
}
