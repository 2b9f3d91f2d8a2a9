package org.credo.zone;

import org.credo.core.RuleBasis;
import org.credo.core.RuleDescriptor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Generates the generated parts of {@code docs/regulations.md}, each between two markers: the rule table from the
 * shipped rule set's rules, and the credit classification's choices from {@code rules/README.md}. Run {@link #main}
 * (or the module's tests with {@code -Dcredo.regenerateDocs=true}) after changing a rule or that README.
 */
final class RegulationMap {
    static final Path DOCUMENT = Path.of("..", "docs", "regulations.md");
    static final String BEGIN = "<!-- BEGIN RULE TABLE: generated from the shipped rule set by "
            + "dmn-models/src/test/java/org/credo/zone/RegulationMap.java; do not edit by hand -->";
    static final String END = "<!-- END RULE TABLE -->";
    static final Path RULES_README = Path.of("..", "rules", "README.md");
    static final String CHOICES_HEADING = "## Choices where the text is open";
    static final String CHOICES_BEGIN = "<!-- BEGIN CREDIT CHOICES: copied from rules/README.md by "
            + "dmn-models/src/test/java/org/credo/zone/RegulationMap.java; do not edit by hand -->";
    static final String CHOICES_END = "<!-- END CREDIT CHOICES -->";

    private RegulationMap() {
    }

    /**
     * One Markdown table row per rule, in the rule set's file order, with its legal basis in English and Chinese; a
     * rule without description shows its name.
     */
    static String table(List<RuleDescriptor> rules) {
        var out = new StringBuilder();
        out.append("| Rule id | What it decides | Legal basis | 法律依据 | Confidence | Validity | Where |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (RuleDescriptor rule : rules) {
            RuleBasis basis = rule.basis();
            out.append("| ").append(cell(basis.ruleId()))
                    .append(" | ").append(cell(basis.description() == null ? rule.name() : basis.description()))
                    .append(" | ").append(cell(basis.legalBasis()))
                    .append(" | ").append(cell(basis.legalBasisZh()))
                    .append(" | ").append(basis.confidence()).append(basis.provisional() ? ", provisional" : "")
                    .append(" | ").append(validity(basis))
                    .append(" | ").append(cell(rule.file() + " › " + rule.container()))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** The credit classification's choices: the body of the rules README's choices section. */
    static String creditChoices(String readme) {
        int heading = readme.indexOf(CHOICES_HEADING);
        if (heading < 0) {
            throw new IllegalStateException(RULES_README + " lacks the section " + CHOICES_HEADING);
        }
        int body = readme.indexOf('\n', heading) + 1;
        int next = readme.indexOf("\n## ", body);
        return readme.substring(body, next < 0 ? readme.length() : next + 1).strip() + "\n";
    }

    /** The document with the text between {@code begin} and {@code end} replaced by {@code content}. */
    static String between(String document, String begin, String end, String content) {
        int from = document.indexOf(begin);
        int to = document.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException(DOCUMENT + " lacks the markers " + begin + " … " + end);
        }
        return document.substring(0, from + begin.length()) + "\n" + content + document.substring(to);
    }

    static String regenerated() throws IOException {
        String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        String withTable = between(document, BEGIN, END, table(ShippedRuleSet.ruleSet().rules()));
        return between(withTable, CHOICES_BEGIN, CHOICES_END,
                creditChoices(Files.readString(RULES_README, StandardCharsets.UTF_8)));
    }

    /** Rewrites the generated parts of {@code docs/regulations.md}; run from the dmn-models directory. */
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
