package org.credo.zone;

import org.credo.core.RuleBasis;
import org.credo.core.RuleDescriptor;

import java.util.ArrayList;
import java.util.List;

/**
 * Which rules lack their texts in English or Chinese, read from the compiled rule set's rule descriptors (the
 * parsed DRL metadata and DMN annotation columns), never from the source text.
 */
final class BilingualRules {
    private BilingualRules() {
    }

    /** One line per rule lacking a description or legal basis in either language; empty when all have both. */
    static List<String> lacking(List<RuleDescriptor> rules) {
        var lacking = new ArrayList<String>();
        for (RuleDescriptor rule : rules) {
            RuleBasis basis = rule.basis();
            var missing = new ArrayList<String>();
            if (isBlank(basis.description())) {
                missing.add("description");
            }
            if (isBlank(basis.legalBasis())) {
                missing.add("legalBasis");
            }
            if (!isChinese(basis.descriptionZh())) {
                missing.add("descriptionZh");
            }
            if (!isChinese(basis.legalBasisZh())) {
                missing.add("legalBasisZh");
            }
            if (!missing.isEmpty()) {
                lacking.add(rule.file() + " › " + rule.container() + " " + basis.ruleId() + " lacks "
                        + String.join(", ", missing));
            }
        }
        return lacking;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Chinese text has Han characters: an English sentence copied into a Chinese column does not count. */
    private static boolean isChinese(String text) {
        return !isBlank(text) && text.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
