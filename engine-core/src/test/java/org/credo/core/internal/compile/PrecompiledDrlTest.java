package org.credo.core.internal.compile;

import org.credo.core.Bundle;
import org.credo.core.Compilation;
import org.credo.core.Outcome;
import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.RuleSet;
import org.credo.core.RuleSetCompiler;
import org.credo.core.fixture.EditedBundle;
import org.credo.core.fixture.Fixtures;
import org.credo.core.internal.drl.DrlCompiler;
import org.credo.core.internal.drl.PrecompiledDrl;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compiling with a precompiled DRL artifact: the same rule set as compiling the source, and the artifact is used only
 * for the very bundle version and Drools version it was made for; anything else falls back to compiling the source.
 */
class PrecompiledDrlTest {
    private static final String DRL = "rules/credit.drl";
    private static final RuleSetCompiler COMPILER = new RuleSetCompiler(Fixtures.options());
    private static final Bundle BUNDLE = Fixtures.bundle("credit");
    /** The same bundle but for one rule's consequence: no penalty at all is GENERAL, not EXCELLENT. */
    private static final Bundle EDITED = EditedBundle.of("credit").replacing(DRL,
            "insert(new Classification(\"EXCELLENT\"));", "insert(new Classification(\"GENERAL\"));").bundle();

    /** Each decision's outputs, trace and messages: all of its outcome but the rule-set version. */
    private static List<List<Object>> decisions(RuleSet ruleSet) {
        var outcomes = new ArrayList<Outcome>();
        for (String day : List.of("2021-10-31", "2021-11-01", "2025-06-30")) {
            for (int penalties : List.of(0, 6, 11)) {
                outcomes.add(ruleSet.decide("credit-class", Map.of("id", "T1",
                        "declarations", BigDecimal.valueOf(10_000), "penalties", BigDecimal.valueOf(penalties)),
                        LocalDate.parse(day)));
            }
        }
        outcomes.add(ruleSet.decide("inspection", Map.of("level", "DISHONEST"), LocalDate.of(2025, 6, 30)));
        return outcomes.stream().map(o -> List.<Object>of(o.decision(), o.asOf(), o.outputs(), o.trace(),
                o.messages())).toList();
    }

    private static RuleSet fromSource(Bundle bundle) {
        return COMPILER.compileValidated(bundle).ruleSet().orElseThrow();
    }

    private static RuleSet withArtifact(Bundle bundle, byte[] artifact) {
        return COMPILER.compileValidated(bundle, artifact).ruleSet().orElseThrow();
    }

    /** The edited bundle's rule packages in an artifact that names the unedited bundle's version. */
    private static byte[] editedRulesUnderTheVersionOf(Bundle bundle) {
        var drl = new TreeMap<String, String>(Map.of(DRL, EDITED.text(DRL)));
        var packages = DrlCompiler.packages(drl, Fixtures.options().classLoader(), new ArrayList<Problem>());
        return PrecompiledDrl.write(bundle.versionId(), packages);
    }

    @Test
    void aPrecompiledBundleGivesTheSameVersionRulesDecisionsTracesAndScenarioResults() {
        byte[] artifact = COMPILER.precompileDrl(BUNDLE).orElseThrow();
        RuleSet source = fromSource(BUNDLE);
        RuleSet precompiled = withArtifact(BUNDLE, artifact);

        assertThat(precompiled.version()).isEqualTo(source.version());
        assertThat(precompiled.rules()).isEqualTo(source.rules());
        assertThat(precompiled.warnings()).isEqualTo(source.warnings());
        assertThat(decisions(precompiled)).isEqualTo(decisions(source));
        assertThat(precompiled.runScenarios()).isEqualTo(source.runScenarios());
    }

    @Test
    void aFullValidationWithTheArtifactFindsTheSameProblemsAndRuleSet() {
        byte[] artifact = COMPILER.precompileDrl(BUNDLE).orElseThrow();
        Compilation source = COMPILER.compile(BUNDLE);
        Compilation precompiled = COMPILER.compile(BUNDLE, artifact);

        assertThat(precompiled.problems()).isEqualTo(source.problems());
        assertThat(precompiled.ruleSet().orElseThrow().rules()).isEqualTo(source.ruleSet().orElseThrow().rules());
        assertThat(decisions(precompiled.ruleSet().orElseThrow()))
                .isEqualTo(decisions(source.ruleSet().orElseThrow()));
    }

    @Test
    void theRulesComeFromAnArtifactForThisVersion() {
        RuleSet precompiled = withArtifact(BUNDLE, editedRulesUnderTheVersionOf(BUNDLE));

        assertThat(decisions(precompiled)).isEqualTo(decisions(fromSource(EDITED)))
                .isNotEqualTo(decisions(fromSource(BUNDLE)));
    }

    @Test
    void theCompilationSaysWhetherItsRulesCameFromTheArtifact() {
        Compilation used = COMPILER.compileValidated(BUNDLE, editedRulesUnderTheVersionOf(BUNDLE));
        assertThat(decisions(used.ruleSet().orElseThrow())).as("the artifact's rules decided")
                .isEqualTo(decisions(fromSource(EDITED)));
        assertThat(used.drlFromArtifact()).isTrue();
        assertThat(COMPILER.compile(BUNDLE, COMPILER.precompileDrl(BUNDLE).orElseThrow()).drlFromArtifact()).isTrue();

        assertThat(COMPILER.compileValidated(BUNDLE).drlFromArtifact()).isFalse();
        assertThat(COMPILER.compileValidated(BUNDLE, COMPILER.precompileDrl(EDITED).orElseThrow()).drlFromArtifact())
                .as("an artifact of another version").isFalse();
        assertThat(COMPILER.compileValidated(BUNDLE, "not an artifact".getBytes()).drlFromArtifact()).isFalse();
    }

    @Test
    void anArtifactOfAnotherVersionIdIsNotUsed() {
        byte[] editedArtifact = COMPILER.precompileDrl(EDITED).orElseThrow();

        assertThat(decisions(withArtifact(BUNDLE, editedArtifact))).isEqualTo(decisions(fromSource(BUNDLE)));
    }

    @Test
    void aCorruptArtifactFallsBackToCompilingTheSource() {
        byte[] artifact = COMPILER.precompileDrl(BUNDLE).orElseThrow();
        byte[] truncated = Arrays.copyOf(artifact, artifact.length / 2);
        byte[] garbage = "not an artifact".getBytes();

        assertThat(decisions(withArtifact(BUNDLE, truncated))).isEqualTo(decisions(fromSource(BUNDLE)));
        assertThat(decisions(withArtifact(BUNDLE, garbage))).isEqualTo(decisions(fromSource(BUNDLE)));
    }

    @Test
    void theSandboxChecksTheSourceEvenWhenAnArtifactIsForThisVersion() {
        Bundle forbidden = EditedBundle.of("credit").replacing(DRL, "    insert(new Classification(\"EXCELLENT\"));",
                "    System.exit(0);").bundle();

        Compilation compilation = COMPILER.compileValidated(forbidden, editedRulesUnderTheVersionOf(forbidden));

        assertThat(compilation.ruleSet()).isEmpty();
        assertThat(compilation.errors()).extracting(Problem::code).contains(ProblemCodes.FORBIDDEN_CONSTRUCT);
    }

    @Test
    void sourceTheSandboxRefusesOrThatDoesNotCompileIsNeverPrecompiled() {
        Bundle forbidden = EditedBundle.of("credit").replacing(DRL, "    insert(new Classification(\"EXCELLENT\"));",
                "    System.exit(0);").bundle();
        Bundle broken = EditedBundle.of("credit").replacing(DRL, "    not Classification()\nthen",
                "    not Classification(\nthen").bundle();

        assertThat(COMPILER.precompileDrl(forbidden)).isEmpty();
        assertThat(COMPILER.precompileDrl(broken)).isEmpty();
    }
}
