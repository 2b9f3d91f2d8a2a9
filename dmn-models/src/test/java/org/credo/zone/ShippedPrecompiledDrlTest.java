package org.credo.zone;

import org.credo.core.Bundle;
import org.credo.core.Compilation;
import org.credo.core.RuleSet;
import org.credo.core.RuleSetCompiler;
import org.credo.core.ScenarioReport;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped bundle's precompiled DRL rules, written by the build: present, taken by the compiler for the shipped
 * bundle (and for nothing else), and the same rules as the source.
 */
class ShippedPrecompiledDrlTest {
    private static final RuleSetCompiler COMPILER = new RuleSetCompiler(ZoneRuleSet.options());

    private static byte[] artifact() {
        return ZoneRuleSet.precompiledDrl().orElseThrow(() -> new AssertionError("the build wrote no artifact"));
    }

    @Test
    void theShippedBundleCompiledWithTheBuildsArtifactTakesItsRulesFromIt() {
        assertThat(COMPILER.compileValidated(ZoneRuleSet.shippedBundle(), artifact()).drlFromArtifact()).isTrue();
        assertThat(COMPILER.compileValidated(ZoneRuleSet.shippedBundle()).drlFromArtifact()).isFalse();
    }

    @Test
    void anotherBundleOrADamagedArtifactIsBuiltFromTheSourceInstead() {
        Bundle edited = ShippedRuleSet.withReplacedAfter("rules/credit-282.drl", "// Customs", "// Customs",
                "// Edited: customs");
        Compilation ofEdited = COMPILER.compileValidated(edited, artifact());
        byte[] damaged = Arrays.copyOf(artifact(), artifact().length / 2);
        Compilation withDamaged = COMPILER.compileValidated(ZoneRuleSet.shippedBundle(), damaged);

        assertThat(ofEdited.succeeded()).isTrue();
        assertThat(ofEdited.drlFromArtifact()).as("an artifact made for another version").isFalse();
        assertThat(withDamaged.succeeded()).isTrue();
        assertThat(withDamaged.drlFromArtifact()).as("an artifact cut short").isFalse();
    }

    @Test
    void theShippedBundleFromItsPrecompiledRulesHasTheSameRulesAndPassesEveryScenarioAlike() {
        Compilation compilation = COMPILER.compileValidated(ZoneRuleSet.shippedBundle(), artifact());
        assertThat(compilation.drlFromArtifact()).isTrue();
        RuleSet precompiled = compilation.ruleSet().orElseThrow();
        RuleSet source = ShippedRuleSet.ruleSet();

        ScenarioReport report = precompiled.runScenarios();
        assertThat(precompiled.version()).isEqualTo(source.version());
        assertThat(precompiled.rules()).isEqualTo(source.rules());
        assertThat(report.failed()).as("failed scenarios").isZero();
        assertThat(report).isEqualTo(source.runScenarios());
    }
}
