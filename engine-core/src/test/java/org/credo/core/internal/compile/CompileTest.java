package org.credo.core.internal.compile;

import org.credo.core.CompilerOptions;
import org.credo.core.RuleDescriptor;
import org.credo.core.RuleSet;
import org.credo.core.RuleSetCompiler;
import org.credo.core.fixture.EditedBundle;
import org.credo.core.fixture.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class CompileTest {

    @Test
    void aBundleOfDrlDmnAndScenariosCompilesIntoARuleSetWithEveryDecisionModelAndRule() {
        var compilation = new RuleSetCompiler(Fixtures.options()).compile(Fixtures.bundle("credit"));

        assertThat(compilation.errors()).isEmpty();
        RuleSet ruleSet = compilation.ruleSet().orElseThrow();
        assertThat(ruleSet.version()).isEqualTo(compilation.versionId()).matches("[0-9a-f]{64}");
        assertThat(ruleSet.decisions()).containsExactly("credit-class", "inspection");
        assertThat(ruleSet.models()).containsExactly("Inspection");
        assertThat(ruleSet.rules()).extracting(RuleDescriptor::kind, RuleDescriptor::file, r -> r.basis().ruleId())
                .containsExactly(
                        tuple("DMN", "dmn/inspection.dmn", "T-DMN-1"),
                        tuple("DMN", "dmn/inspection.dmn", "T-DMN-2"),
                        tuple("DMN", "dmn/inspection.dmn", "T-DMN-3"),
                        tuple("DRL", "rules/credit.drl", "T-DRL-1"),
                        tuple("DRL", "rules/credit.drl", "T-DRL-2"),
                        tuple("DRL", "rules/credit.drl", "T-DRL-3"));
    }

    @Test
    void aBundleOfDmnAloneCompilesWithTheDmnOnlyOptions() {
        var bundle = EditedBundle.of("credit").without("rules/credit.drl")
                .without("scenarios/credit.scenarios.json")
                .with("ruleset.json", """
                        {"name": "dmn only",
                         "files": ["dmn/inspection.dmn", "scenarios/inspection.scenarios.json"],
                         "decisions": {"inspection": {"model": "Inspection", "decision": "Inspection"}}}
                        """).bundle();

        var compilation = new RuleSetCompiler(CompilerOptions.dmnOnly()).compile(bundle);

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.ruleSet().orElseThrow().rules()).allMatch(r -> r.kind().equals("DMN"));
        assertThat(compilation.ruleSet().orElseThrow().runScenarios().allPassed()).isTrue();
    }

    @Test
    void theBundlesScenariosPass() {
        var report = Fixtures.ruleSet("credit").runScenarios();

        assertThat(report.results()).allSatisfy(r -> assertThat(r.mismatches()).isEmpty());
        assertThat(report.passed()).isEqualTo(5);
    }
}
