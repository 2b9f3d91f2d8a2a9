package org.credo.zone;

import org.credo.core.RuleSet;
import org.credo.core.RuleSetCompiler;
import org.credo.core.ScenarioReport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped bundle's precompiled DRL rules, written by the build: present, and the same rules as the source. */
class ShippedPrecompiledDrlTest {
    private static final RuleSetCompiler COMPILER = new RuleSetCompiler(ZoneRuleSet.options());

    @Test
    void theBuildWritesTheShippedBundlesPrecompiledRules() {
        assertThat(ZoneRuleSet.precompiledDrl()).isPresent();
    }

    @Test
    void theShippedBundleFromItsPrecompiledRulesHasTheSameRulesAndPassesEveryScenarioAlike() {
        var shipped = ZoneRuleSet.shippedBundle();
        RuleSet precompiled = COMPILER.compileValidated(shipped, ZoneRuleSet.precompiledDrl().orElseThrow())
                .ruleSet().orElseThrow();
        RuleSet source = ShippedRuleSet.ruleSet();

        ScenarioReport report = precompiled.runScenarios();
        assertThat(precompiled.version()).isEqualTo(source.version());
        assertThat(precompiled.rules()).isEqualTo(source.rules());
        assertThat(report.failed()).as("failed scenarios").isZero();
        assertThat(report).isEqualTo(source.runScenarios());
    }
}
