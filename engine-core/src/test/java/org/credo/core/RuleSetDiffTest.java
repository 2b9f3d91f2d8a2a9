package org.credo.core;

import org.credo.core.RuleSetDiff.CellChange;
import org.credo.core.RuleSetDiff.Change;
import org.credo.core.RuleSetDiff.Column;
import org.credo.core.RuleSetDiff.DecisionChange;
import org.credo.core.RuleSetDiff.FileChange;
import org.credo.core.RuleSetDiff.RuleChange;
import org.credo.core.RuleSetDiff.ValueChange;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RuleSetDiffTest {
    private static final String MANIFEST = """
            { "name": "rates", "validFrom": "2024-01-01", "files": ["dmn/rates.dmn", "rules/credit.drl"],
              "decisions": { "rate": { "model": "Rates", "decision": "rate" } } }
            """;
    private static final String DRL = """
            package credo.test;
            rule "Dishonest after three penalties"
                @ruleId("CR-1") @legalBasis("Order 251, Art. 12")
                salience 10
            when
                Penalties(count >= 3)
            then
                insert(new Finding("DISHONEST"));
            end
            rule "Regular otherwise"
                @ruleId("CR-2") @legalBasis("Order 251, Art. 8")
            when
                not Finding()
            then
                insert(new Finding("REGULAR"));
            end
            """;
    private static final List<String> RULES = List.of(
            rule("\"LOW\"", "0.01", "R-LOW", "Order 237, Art. 24"),
            rule("\"MEDIUM\"", "0.05", "R-MEDIUM", "Order 237, Art. 25"),
            rule("\"HIGH\"", "0.2", "R-HIGH", "Order 237, Art. 26"));

    @Test
    void identicalBundlesDifferInNothing() {
        Bundle bundle = bundle(MANIFEST, dmn("UNIQUE", RULES, "risk = \"HIGH\""), DRL);
        RuleSetDiff diff = RuleSetDiff.between(bundle, Bundle.fromZip(bundle.toZip()));
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.from()).isEqualTo(diff.to()).isEqualTo(bundle.versionId());
    }

    @Test
    void aChangedRateIsOneOutputCellNamedByItsColumnWithTheRulesLegalBasis() {
        var changed = List.of(RULES.get(0), rule("\"MEDIUM\"", "0.04", "R-MEDIUM", "Order 237, Art. 25"),
                RULES.get(2));
        RuleSetDiff diff = RuleSetDiff.between(bundle(MANIFEST, dmn("UNIQUE", RULES, "1"), DRL),
                bundle(MANIFEST, dmn("UNIQUE", changed, "1"), DRL));
        assertThat(diff.files()).containsExactly(new FileChange("dmn/rates.dmn", Change.CHANGED));
        assertThat(diff.manifest()).isEmpty();
        assertThat(diff.drlRules()).isEmpty();
        assertThat(diff.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.name()).isEqualTo("rate");
            assertThat(decision.model()).isEqualTo("Rates");
            assertThat(decision.change()).isEqualTo(Change.CHANGED);
            assertThat(decision.properties()).isEmpty();
            assertThat(decision.rules()).containsExactly(new RuleChange("R-MEDIUM", 2, 2, Change.CHANGED,
                    "Order 237, Art. 25", List.of(new CellChange(Column.OUTPUT, "rate", "0.05", "0.04"))));
        });
    }

    @Test
    void rulesAreMatchedByRuleIdSoAMovedRuleIsNotAChangeAndAddedAndRemovedRulesAreNamed() {
        var after = List.of(RULES.get(2), RULES.get(0), rule("\"NONE\"", "0", "R-NONE", "Order 237, Art. 27"));
        List<RuleChange> rules = onlyDecision(RuleSetDiff.between(bundle(MANIFEST, dmn("UNIQUE", RULES, "1"), DRL),
                bundle(MANIFEST, dmn("UNIQUE", after, "1"), DRL))).rules();
        assertThat(rules).extracting(RuleChange::ruleId, RuleChange::change, RuleChange::numberBefore,
                RuleChange::numberAfter).containsExactly(
                        tuple("R-NONE", Change.ADDED, null, 3),
                        tuple("R-MEDIUM", Change.REMOVED, 2, null));
        assertThat(rules.get(0).cells()).contains(new CellChange(Column.INPUT, "risk", null, "\"NONE\""),
                new CellChange(Column.ANNOTATION, "legalBasis", null, "Order 237, Art. 27"));
        assertThat(rules.get(1).legalBasis()).isEqualTo("Order 237, Art. 25");
    }

    @Test
    void withoutRuleIdsRulesAreMatchedByPosition() {
        var after = List.of(RULES.get(1), RULES.get(0), RULES.get(2));
        List<RuleChange> rules = onlyDecision(RuleSetDiff.between(
                bundle(MANIFEST, dmn("UNIQUE", RULES, "1").replace("<annotation name=\"ruleId\"/>",
                        "<annotation name=\"id\"/>"), DRL),
                bundle(MANIFEST, dmn("UNIQUE", after, "1").replace("<annotation name=\"ruleId\"/>",
                        "<annotation name=\"id\"/>"), DRL))).rules();
        assertThat(rules).extracting(RuleChange::ruleId, RuleChange::numberBefore, RuleChange::change)
                .containsExactly(tuple(null, 1, Change.CHANGED),
                        tuple(null, 2, Change.CHANGED));
        assertThat(rules.get(0).cells()).contains(new CellChange(Column.INPUT, "risk", "\"LOW\"", "\"MEDIUM\""),
                new CellChange(Column.ANNOTATION, "id", "R-LOW", "R-MEDIUM"));
    }

    @Test
    void aChangedHitPolicyAndAChangedLiteralExpressionAreNamedProperties() {
        DecisionChange table = null;
        DecisionChange literal = null;
        for (DecisionChange change : RuleSetDiff.between(
                bundle(MANIFEST, dmn("UNIQUE", RULES, "risk = \"HIGH\""), DRL),
                bundle(MANIFEST, dmn("FIRST", RULES, "risk = \"MEDIUM\""), DRL)).decisions()) {
            if (change.name().equals("rate")) {
                table = change;
            } else {
                literal = change;
            }
        }
        assertThat(table.properties()).containsExactly(new ValueChange("hitPolicy", "UNIQUE", "FIRST"));
        assertThat(table.rules()).isEmpty();
        assertThat(literal.name()).isEqualTo("high risk");
        assertThat(literal.properties()).containsExactly(new ValueChange("expression", "risk = \"HIGH\"",
                "risk = \"MEDIUM\""));
    }

    @Test
    void aDecisionRemovedFromAModelIsNamed() {
        String without = dmn("UNIQUE", RULES, "1").replaceAll("(?s)<decision id=\"d-high\".*?</decision>", "");
        var diff = RuleSetDiff.between(bundle(MANIFEST, dmn("UNIQUE", RULES, "1"), DRL),
                bundle(MANIFEST, without, DRL));
        assertThat(diff.decisions()).extracting(DecisionChange::name, DecisionChange::change)
                .containsExactly(tuple("high risk", Change.REMOVED));
    }

    @Test
    void aChangedDrlConditionIsReportedUnderWhenWithTheRulesIdAndLegalBasis() {
        String stricter = DRL.replace("count >= 3", "count >= 2").replace("not Finding()", "not Finding()\n"
                + "    // a comment changes nothing");
        var diff = RuleSetDiff.between(bundle(MANIFEST, dmn("UNIQUE", RULES, "1"), DRL),
                bundle(MANIFEST, dmn("UNIQUE", RULES, "1"), stricter));
        assertThat(diff.drlRules()).singleElement().satisfies(rule -> {
            assertThat(rule.name()).isEqualTo("Dishonest after three penalties");
            assertThat(rule.packageName()).isEqualTo("credo.test");
            assertThat(rule.ruleId()).isEqualTo("CR-1");
            assertThat(rule.legalBasis()).isEqualTo("Order 251, Art. 12");
            assertThat(rule.change()).isEqualTo(Change.CHANGED);
            assertThat(rule.properties()).containsExactly(new ValueChange("when", "Penalties(count >= 3)",
                    "Penalties(count >= 2)"));
        });
    }

    @Test
    void drlRulesAddedRemovedAndWithChangedMetadataAreReported() {
        String edited = DRL.replace("rule \"Regular otherwise\"", "rule \"Regular when nothing found\"")
                .replace("salience 10", "salience 20").replace("Art. 12", "Art. 12(1)");
        var diff = RuleSetDiff.between(bundle(MANIFEST, dmn("UNIQUE", RULES, "1"), DRL),
                bundle(MANIFEST, dmn("UNIQUE", RULES, "1"), edited));
        assertThat(diff.drlRules()).extracting(RuleSetDiff.DrlRuleChange::name, RuleSetDiff.DrlRuleChange::change)
                .containsExactly(tuple("Dishonest after three penalties",
                                Change.CHANGED),
                        tuple("Regular otherwise", Change.REMOVED),
                        tuple("Regular when nothing found", Change.ADDED));
        assertThat(diff.drlRules().get(0).properties()).containsExactly(
                new ValueChange("attribute salience", "10", "20"),
                new ValueChange("@legalBasis", "Order 251, Art. 12", "Order 251, Art. 12(1)"));
    }

    @Test
    void aChangedManifestKeyIsNamedByItsPathAndAnAddedScenarioFileIsListed() {
        String manifest = MANIFEST.replace("\"decision\": \"rate\"", "\"decision\": \"rate v2\"")
                .replace("\"rules/credit.drl\"]", "\"rules/credit.drl\", \"scenarios/rate.scenarios.json\"]");
        Bundle before = bundle(MANIFEST, dmn("UNIQUE", RULES, "1"), DRL);
        var files = new TreeMap<>(bundle(manifest, dmn("UNIQUE", RULES, "1"), DRL).files());
        files.put("scenarios/rate.scenarios.json", "{\"scenarios\": []}".getBytes(StandardCharsets.UTF_8));
        var diff = RuleSetDiff.between(before, Bundle.of(files));
        assertThat(diff.manifest()).containsExactly(
                new ValueChange("decisions.rate.decision", "\"rate\"", "\"rate v2\""),
                new ValueChange("files", "[\"dmn/rates.dmn\",\"rules/credit.drl\"]",
                        "[\"dmn/rates.dmn\",\"rules/credit.drl\",\"scenarios/rate.scenarios.json\"]"));
        assertThat(diff.files()).containsExactly(new FileChange("scenarios/rate.scenarios.json", Change.ADDED));
        assertThat(diff.decisions()).isEmpty();
    }

    private static DecisionChange onlyDecision(RuleSetDiff diff) {
        assertThat(diff.decisions()).hasSize(1);
        return diff.decisions().get(0);
    }

    private static Bundle bundle(String manifest, String dmn, String drl) {
        return Bundle.of(new TreeMap<>(Map.of("ruleset.json", utf8(manifest), "dmn/rates.dmn", utf8(dmn),
                "rules/credit.drl", utf8(drl))));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String rule(String risk, String rate, String ruleId, String legalBasis) {
        return "<rule><inputEntry><text>" + risk + "</text></inputEntry><outputEntry><text>" + rate
                + "</text></outputEntry><annotationEntry><text>" + ruleId + "</text></annotationEntry>"
                + "<annotationEntry><text>" + legalBasis + "</text></annotationEntry></rule>";
    }

    private static String dmn(String hitPolicy, List<String> rules, String literal) {
        return """
                <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="rates" name="Rates"
                             namespace="https://credo.org/test/rates">
                  <inputData id="i-risk" name="risk"/>
                  <decision id="d-rate" name="rate">
                    <informationRequirement id="r1"><requiredInput href="#i-risk"/></informationRequirement>
                    <decisionTable id="t-rate" hitPolicy="%s">
                      <input id="c-risk" label="risk"><inputExpression typeRef="string"><text>risk</text>
                        </inputExpression></input>
                      <output id="c-rate" name="rate" typeRef="number"/>
                      <annotation name="ruleId"/>
                      <annotation name="legalBasis"/>
                      %s
                    </decisionTable>
                  </decision>
                  <decision id="d-high" name="high risk">
                    <literalExpression><text>%s</text></literalExpression>
                  </decision>
                </definitions>
                """.formatted(hitPolicy, String.join("\n", rules), literal.replace("\"", "&quot;"));
    }
}
