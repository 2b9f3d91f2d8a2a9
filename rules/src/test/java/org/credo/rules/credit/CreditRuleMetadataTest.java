package org.credo.rules.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.credo.core.Bundle;
import org.credo.core.RuleBasis;
import org.credo.core.RuleDescriptor;
import org.credo.core.RuleSet;
import org.credo.core.RuleSetCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CreditRuleMetadataTest {
    private static final Pattern RULE = Pattern.compile("(?m)^rule \"([^\"]+)\"(.*?)^when", Pattern.DOTALL);
    private static RuleSet ruleSet;

    @BeforeAll
    static void compile() {
        ruleSet = CreditBundle.ruleSet();
    }

    @Test
    void every_drl_rule_declares_rule_id_description_legal_basis_confidence_and_valid_from_in_its_text() {
        var lacking = new ArrayList<String>();
        int rules = 0;
        for (var file : CreditBundle.drlTexts().entrySet()) {
            Matcher rule = RULE.matcher(file.getValue());
            while (rule.find()) {
                rules++;
                for (String key : List.of("ruleId", "description", "legalBasis", "confidence", "validFrom")) {
                    if (!Pattern.compile("@" + key + "\\(\"[^\"]+\"\\)").matcher(rule.group(2)).find()) {
                        lacking.add(file.getKey() + " \"" + rule.group(1) + "\" lacks @" + key);
                    }
                }
            }
        }

        assertThat(lacking).isEmpty();
        assertThat(rules).isEqualTo(ruleSet.rules().size());
    }

    @Test
    void every_rule_is_expected_by_at_least_one_scenario() throws IOException {
        var scenarios = new ObjectMapper().readTree(
                CreditBundle.bundle().text(CreditBundle.SCENARIOS)).get("scenarios");
        var expected = new HashSet<String>();
        scenarios.forEach(scenario -> scenario.path("expectedRules").forEach(id -> expected.add(id.asText())));

        assertThat(ruleSet.rules()).extracting(r -> r.basis().ruleId())
                .allSatisfy(id -> assertThat(expected).contains(id));
    }

    @Test
    void every_compiled_rule_has_its_basis_and_a_unique_id() {
        List<RuleBasis> bases = ruleSet.rules().stream().map(RuleDescriptor::basis).toList();

        assertThat(bases).allSatisfy(basis -> {
            assertThat(basis.ruleId()).isNotBlank();
            assertThat(basis.description()).isNotBlank();
            assertThat(basis.legalBasis()).startsWith("GACC Order");
            assertThat(basis.confidence()).isNotNull();
            assertThat(basis.validFrom()).isNotNull();
        });
        assertThat(bases).extracting(RuleBasis::ruleId).doesNotHaveDuplicates();
    }

    @Test
    void every_rule_has_its_description_and_legal_basis_in_english_and_chinese() {
        assertThat(ruleSet.rules()).allSatisfy(rule -> {
            RuleBasis basis = rule.basis();
            assertThat(basis.description()).as(basis.ruleId() + " description").isNotBlank();
            assertThat(basis.legalBasis()).as(basis.ruleId() + " legalBasis").isNotBlank();
            assertThat(hasHan(basis.descriptionZh())).as(basis.ruleId() + " descriptionZh in Chinese").isTrue();
            assertThat(basis.legalBasisZh()).as(basis.ruleId() + " legalBasisZh names the GACC order")
                    .startsWith("海关总署令第" + basis.ruleId().substring(3, 6) + "号");
        });
    }

    @Test
    void a_rule_whose_chinese_metadata_is_removed_reads_without_chinese_texts() {
        String file = "rules/credit-251.drl";
        String drl = CreditBundle.drlTexts().get(file);
        int from = drl.indexOf("    @descriptionZh(");
        int to = drl.indexOf('\n', drl.indexOf("@legalBasisZh(", from)) + 1;
        var files = new TreeMap<>(CreditBundle.bundle().files());
        files.put(file, (drl.substring(0, from) + drl.substring(to)).getBytes(StandardCharsets.UTF_8));

        RuleBasis regime = new RuleSetCompiler(CreditBundle.options()).compile(Bundle.of(files)).ruleSet()
                .orElseThrow().rules().stream().map(RuleDescriptor::basis)
                .filter(basis -> basis.ruleId().equals("CC-251-REGIME")).findFirst().orElseThrow();

        assertThat(regime.descriptionZh()).isNull();
        assertThat(regime.legalBasisZh()).isNull();
        assertThat(regime.legalBasis()).isNotBlank();
    }

    private static boolean hasHan(String text) {
        return text != null && text.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    void each_regime_s_rules_are_in_force_exactly_in_its_period_and_order_282_s_are_all_provisional() {
        var rules = ruleSet.rules();

        assertThat(rules).filteredOn(r -> r.basis().ruleId().startsWith("CC-237-")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.basis().validTo()).hasToString("2021-10-31"))
                .allSatisfy(r -> assertThat(r.basis().validFrom()).hasToString("2018-05-01"));
        assertThat(rules).filteredOn(r -> r.basis().ruleId().startsWith("CC-251-")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.basis().validTo()).hasToString("2026-03-31"))
                .allSatisfy(r -> assertThat(r.basis().provisional()).isFalse());
        assertThat(rules).filteredOn(r -> r.basis().ruleId().startsWith("CC-282-")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.basis().validFrom()).hasToString("2026-04-01"))
                .allSatisfy(r -> assertThat(r.basis().validTo()).isNull())
                .allSatisfy(r -> assertThat(r.basis().provisional()).isTrue());
    }
}
