package org.credo.zone;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.credo.core.Compilation;
import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.RuleDescriptor;
import org.credo.core.ScenarioReport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashSet;

import static org.assertj.core.api.Assertions.assertThat;

class ShippedBundleTest {

    @Test
    void shippedBundleCompilesWithoutErrors() {
        Compilation compilation = ShippedRuleSet.compile(ZoneRuleSet.shippedBundle());
        compilation.problems().stream().filter(p -> !p.isError())
                .forEach(p -> System.out.println(p.severity() + " " + describe(p)));
        assertThat(compilation.errors()).as("errors").isEmpty();
        assertThat(compilation.ruleSet().orElseThrow().decisions()).contains("credit-classification", "inspection",
                "fx-registration", "fx-individual-settlement", "fx-advance-payment", "fx-export-proceeds",
                "retail-import", "retail-export-tax", "spot-check");
    }

    @Test
    void everyScenarioOfTheShippedBundlePasses() {
        ScenarioReport report = ShippedRuleSet.ruleSet().runScenarios();
        report.results().stream().filter(r -> !r.passed())
                .forEach(r -> System.out.println("FAILED " + r.file() + " :: " + r.name() + " " + r.mismatches()));
        System.out.printf("%d scenarios, %d passed%n", report.results().size(), report.passed());
        assertThat(report.results()).hasSizeGreaterThan(250);
        assertThat(report.failed()).as("failed scenarios").isZero();
    }

    @Test
    void everyRuleDeclaresIdLegalBasisConfidenceAndValidity() {
        var rules = ShippedRuleSet.ruleSet().rules();
        assertThat(rules).isNotEmpty();
        assertThat(rules).allSatisfy(rule -> {
            var basis = rule.basis();
            assertThat(basis.ruleId()).as(where(rule) + " ruleId").isNotBlank();
            assertThat(basis.legalBasis()).as(where(rule) + " legalBasis").isNotBlank();
            assertThat(basis.confidence()).as(where(rule) + " confidence").isNotNull();
            assertThat(basis.validFrom()).as(where(rule) + " validFrom").isNotNull();
            if (basis.validTo() != null) {
                assertThat(basis.validTo()).as(where(rule) + " validTo").isAfterOrEqualTo(basis.validFrom());
            }
        });
        assertThat(rules.stream().map(r -> r.basis().ruleId())).as("rule ids are unique").doesNotHaveDuplicates();
    }

    @Test
    void everyRuleHasItsDescriptionAndLegalBasisInEnglishAndChinese() {
        assertThat(BilingualRules.lacking(ShippedRuleSet.ruleSet().rules())).isEmpty();
    }

    @Test
    void aRuleWhoseChineseLegalBasisIsRemovedIsNamedAsLackingIt() {
        String chinese = "<text>国家外汇管理局《关于支持贸易新业态发展的通知》（汇发〔2020〕11号）（邮政、物流、平台企业代垫境外费用）</text>";
        Compilation compilation = ShippedRuleSet.compile(ShippedRuleSet.withReplaced("dmn/fx.dmn", chinese,
                "<text>SAFE Huifa [2020] No. 11</text>"));

        assertThat(BilingualRules.lacking(compilation.ruleSet().orElseThrow().rules()))
                .containsExactly("dmn/fx.dmn › advance FX-ADV-AFFILIATED lacks legalBasisZh",
                        "dmn/fx.dmn › advance FX-ADV-NON-AFFILIATED lacks legalBasisZh",
                        "dmn/fx.dmn › advance FX-ADV-LONG lacks legalBasisZh");
    }

    @Test
    void everyRuleIsExpectedByAScenario() throws IOException {
        var bundle = ZoneRuleSet.shippedBundle();
        var expected = new HashSet<String>();
        for (String path : bundle.files().keySet()) {
            if (path.endsWith(".scenarios.json")) {
                new ObjectMapper().readTree(bundle.text(path)).path("scenarios").forEach(scenario ->
                        scenario.path("expectedRules").forEach(rule -> expected.add(rule.asText())));
            }
        }
        assertThat(ShippedRuleSet.ruleSet().rules()).extracting(rule -> rule.basis().ruleId())
                .allSatisfy(ruleId -> assertThat(expected).as("rules some scenario expects").contains(ruleId));
    }

    @Test
    void spotCheckRatiosThatFallAsRiskRisesAreRejected() {
        Compilation compilation = ShippedRuleSet.compile(
                ShippedRuleSet.withReplaced("dmn/spot-checks.dmn", "<text>0.2</text>", "<text>0.01</text>"));
        assertThat(compilation.succeeded()).isFalse();
        assertThat(compilation.errors()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(ProblemCodes.INVARIANT_VIOLATED);
            assertThat(p.message()).contains("spot-check ratios must not fall as risk rises");
        });
    }

    @Test
    void anAdvancedCertifiedFactorOfQuarterOfTheRegularRateIsRejected() {
        Compilation compilation = ShippedRuleSet.compile(
                ShippedRuleSet.withReplaced("dmn/inspection.dmn", "<text>0.15</text>", "<text>0.25</text>"));
        assertThat(compilation.succeeded()).isFalse();
        assertThat(compilation.errors()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(ProblemCodes.INVARIANT_VIOLATED);
            assertThat(p.message()).contains("advanced-certified factor must stay below 0.2");
        });
    }

    @Test
    void anAdvancedCertifiedFactorJustBelowTwentyPercentIsAccepted() {
        Compilation compilation = ShippedRuleSet.compile(
                ShippedRuleSet.withReplaced("dmn/inspection.dmn", "<text>0.15</text>", "<text>0.1999</text>"));
        assertThat(compilation.errors()).isEmpty();
    }

    @Test
    void aDishonestRateBelowEightyPercentIsRejected() {
        Compilation compilation = ShippedRuleSet.compile(
                ShippedRuleSet.withReplaced("dmn/inspection.dmn", "<text>0.85</text>", "<text>0.79</text>"));
        assertThat(compilation.errors()).anySatisfy(p -> assertThat(p.message()).contains("at least 0.8"));
    }

    @Test
    void aB2bExportFactorOfOneIsRejected() {
        Compilation compilation = ShippedRuleSet.compile(
                ShippedRuleSet.withReplacedAfter("dmn/inspection.dmn", "name=\"pilot measure table\"",
                        "<text>0.5</text>", "<text>1</text>"));
        assertThat(compilation.errors()).anySatisfy(p -> assertThat(p.message()).contains("B2B factor below 1"));
    }

    private static String where(RuleDescriptor rule) {
        return rule.file() + " " + rule.container() + " " + rule.name();
    }

    private static String describe(Problem p) {
        return p.code() + " " + p.file() + (p.element() == null ? "" : " " + p.element())
                + (p.rule() == null ? "" : " rule " + p.rule()) + ": " + p.message();
    }
}
