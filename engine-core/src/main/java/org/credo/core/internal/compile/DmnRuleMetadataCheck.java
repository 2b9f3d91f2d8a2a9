package org.credo.core.internal.compile;

import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.RuleBasis;
import org.credo.core.RuleDescriptor;
import org.credo.core.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * Every decision-table rule must declare, through its annotation columns, an id, a legal basis, a confidence and
 * the day it comes into force. A value that could not be read counts as absent.
 */
final class DmnRuleMetadataCheck {
    private DmnRuleMetadataCheck() {
    }

    static void check(List<RuleDescriptor> rules, List<Problem> problems) {
        for (RuleDescriptor rule : rules) {
            List<String> missing = missing(rule.basis());
            if (!missing.isEmpty()) {
                problems.add(Problem.inElement(ProblemCodes.RULE_METADATA, Severity.ERROR, rule.file(),
                        rule.container(), rule.ruleNumber(), rule.container() + " " + rule.name()
                                + " lacks a readable " + String.join(", ", missing) + " annotation"));
            }
        }
    }

    private static List<String> missing(RuleBasis basis) {
        var missing = new ArrayList<String>();
        if (basis == null || basis.ruleId() == null || basis.ruleId().isBlank()) {
            missing.add("ruleId");
        }
        if (basis == null || basis.legalBasis() == null || basis.legalBasis().isBlank()) {
            missing.add("legalBasis");
        }
        if (basis == null || basis.confidence() == null) {
            missing.add("confidence");
        }
        if (basis == null || basis.validFrom() == null) {
            missing.add("validFrom");
        }
        return missing;
    }
}
