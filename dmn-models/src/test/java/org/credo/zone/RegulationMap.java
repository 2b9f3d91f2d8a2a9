package org.credo.zone;

import org.credo.core.RuleBasis;
import org.credo.core.RuleDescriptor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Generates the rule table of {@code docs/regulations.md} from the shipped rule set's rules, between two markers.
 * Run {@link #main} (or the module's tests with {@code -Dcredo.regenerateDocs=true}) after changing a rule.
 */
final class RegulationMap {
    static final Path DOCUMENT = Path.of("..", "docs", "regulations.md");
    static final String BEGIN = "<!-- BEGIN RULE TABLE: generated from the shipped rule set by "
            + "dmn-models/src/test/java/org/credo/zone/RegulationMap.java; do not edit by hand -->";
    static final String END = "<!-- END RULE TABLE -->";

    private RegulationMap() {
    }

    /** One Markdown table row per rule, in the rule set's file order; a rule without description shows its name. */
    static String table(List<RuleDescriptor> rules) {
        var out = new StringBuilder();
        out.append("| Rule id | What it decides | Legal basis | Confidence | Validity | Where |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (RuleDescriptor rule : rules) {
            RuleBasis basis = rule.basis();
            out.append("| ").append(cell(basis.ruleId()))
                    .append(" | ").append(cell(basis.description() == null ? rule.name() : basis.description()))
                    .append(" | ").append(cell(basis.legalBasis()))
                    .append(" | ").append(basis.confidence()).append(basis.provisional() ? ", provisional" : "")
                    .append(" | ").append(validity(basis))
                    .append(" | ").append(cell(rule.file() + " › " + rule.container()))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** The document with the text between the markers replaced by {@code table}. */
    static String withTable(String document, String table) {
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(DOCUMENT + " lacks the rule-table markers");
        }
        return document.substring(0, begin + BEGIN.length()) + "\n" + table + document.substring(end);
    }

    static String regenerated() throws IOException {
        return withTable(Files.readString(DOCUMENT, StandardCharsets.UTF_8), table(ShippedRuleSet.ruleSet().rules()));
    }

    /** Rewrites the rule table of {@code docs/regulations.md}; run from the dmn-models directory. */
    public static void main(String[] args) throws IOException {
        Files.writeString(DOCUMENT, regenerated(), StandardCharsets.UTF_8);
    }

    private static String validity(RuleBasis basis) {
        String from = basis.validFrom() == null ? "open" : basis.validFrom().toString();
        return basis.validTo() == null ? "from " + from : from + " – " + basis.validTo();
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
