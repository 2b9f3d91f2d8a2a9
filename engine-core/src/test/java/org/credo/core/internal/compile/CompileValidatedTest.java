package org.credo.core.internal.compile;

import org.credo.core.Compilation;
import org.credo.core.Outcome;
import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.RuleSet;
import org.credo.core.RuleSetCompiler;
import org.credo.core.fixture.EditedBundle;
import org.credo.core.fixture.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Compiling an already-validated bundle: the same rule set as a full compile, and still no rule set without one. */
class CompileValidatedTest {
    private static final String DRL = "rules/credit.drl";
    private static final String DMN = "dmn/inspection.dmn";
    private static final RuleSetCompiler COMPILER = new RuleSetCompiler(Fixtures.options());

    private static List<Outcome> decisions(RuleSet ruleSet) {
        return List.of(
                credit(ruleSet, 10_000, 11, "2021-10-31"),
                credit(ruleSet, 10_000, 11, "2021-11-01"),
                credit(ruleSet, 10_000, 6, "2022-01-01"),
                credit(ruleSet, 10_000, 0, "2025-06-30"),
                ruleSet.decide("inspection", Map.of("level", "DISHONEST"), LocalDate.of(2025, 6, 30)),
                ruleSet.decide("inspection", Map.of("level", "GENERAL"), LocalDate.of(2025, 6, 30)),
                ruleSet.evaluateModel("Inspection", Map.of("level", "EXCELLENT")));
    }

    private static Outcome credit(RuleSet ruleSet, int declarations, int penalties, String day) {
        return ruleSet.decide("credit-class", Map.of("id", "T1", "declarations", BigDecimal.valueOf(declarations),
                "penalties", BigDecimal.valueOf(penalties)), LocalDate.parse(day));
    }

    private static List<String> codes(Compilation compilation) {
        return compilation.problems().stream().filter(Problem::isError).map(Problem::code).toList();
    }

    @Test
    void aValidatedBundleCompilesToTheSameVersionDecisionsTracesAndScenarioResults() {
        var bundle = Fixtures.bundle("credit");
        RuleSet full = COMPILER.compile(bundle).ruleSet().orElseThrow();
        RuleSet validated = COMPILER.compileValidated(bundle).ruleSet().orElseThrow();

        assertThat(validated.version()).isEqualTo(full.version());
        assertThat(validated.decisions()).isEqualTo(full.decisions());
        assertThat(validated.rules()).isEqualTo(full.rules());
        assertThat(decisions(validated)).isEqualTo(decisions(full));
        assertThat(validated.runScenarios()).isEqualTo(full.runScenarios());
    }

    @Test
    void aDrlCompileErrorStillGivesNoRuleSet() {
        var bundle = EditedBundle.of("credit").replacing(DRL, "    not Classification()\nthen",
                "    not Classification(\nthen").bundle();

        Compilation compilation = COMPILER.compileValidated(bundle);

        assertThat(compilation.ruleSet()).isEmpty();
        assertThat(codes(compilation)).contains(ProblemCodes.DRL_COMPILE);
    }

    @Test
    void theDrlSandboxStillRefusesForbiddenCode() {
        var bundle = EditedBundle.of("credit").replacing(DRL, "    insert(new Classification(\"EXCELLENT\"));",
                "    System.exit(0);").bundle();

        Compilation compilation = COMPILER.compileValidated(bundle);

        assertThat(compilation.ruleSet()).isEmpty();
        assertThat(codes(compilation)).contains(ProblemCodes.FORBIDDEN_CONSTRUCT);
    }

    @Test
    void aDmnExpressionThatDoesNotParseStillGivesNoRuleSet() {
        var bundle = EditedBundle.of("credit").replacing(DMN, "<text>0.01</text>", "<text>0.01 +* (</text>")
                .bundle();

        Compilation compilation = COMPILER.compileValidated(bundle);

        assertThat(compilation.ruleSet()).isEmpty();
        assertThat(codes(compilation)).contains(ProblemCodes.FEEL_SYNTAX);
    }
}
