package org.credo.core.internal.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.credo.core.Compilation;
import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.Severity;
import org.junit.jupiter.api.Test;

/** Every DMN problem kind, found through a whole bundle, with its location: file, line or element, rule. */
class DmnValidationTest {

    @Test
    void anElementTheSchemaDoesNotKnowIsASchemaErrorAtItsLine() {
        Compilation compilation = DmnFixtures.compileBundle("schema-error.dmn");

        assertThat(compilation.succeeded()).isFalse();
        assertThat(only(compilation, ProblemCodes.DMN_SCHEMA))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.severity()).isEqualTo(Severity.ERROR);
                    assertThat(p.file()).isEqualTo("dmn/schema-error.dmn");
                    assertThat(p.line()).isEqualTo(6);
                    assertThat(p.message()).contains("sometimes");
                });
    }

    @Test
    void aRequirementOfAnAbsentInputIsAModelErrorAtTheRequirement() {
        Compilation compilation = DmnFixtures.compileBundle("semantic-error.dmn");

        assertThat(compilation.succeeded()).isFalse();
        assertThat(only(compilation, ProblemCodes.DMN_MODEL)).isNotEmpty().allSatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.file()).isEqualTo("dmn/semantic-error.dmn");
            assertThat(p.element()).isEqualTo("verdict_ir");
            assertThat(p.message()).contains("nowhere");
        });
    }

    @Test
    void amountsBetweenTenAndTwentyMatchNoRuleAndAreAGapWarning() {
        Compilation compilation = DmnFixtures.compileBundle("table-gap.dmn");

        assertThat(compilation.succeeded()).as("a gap alone does not stop the bundle").isTrue();
        assertThat(only(compilation, ProblemCodes.DMN_TABLE_GAP)).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.file()).isEqualTo("dmn/table-gap.dmn");
            assertThat(p.element()).isEqualTo("bandTable");
            assertThat(p.message()).contains("10 .. 20");
        });
    }

    @Test
    void twoRulesOfAUniqueTableMatchingTenToTwentyAreAnOverlapErrorAtTheFirstRule() {
        Compilation compilation = DmnFixtures.compileBundle("table-overlap.dmn");

        assertThat(compilation.succeeded()).isFalse();
        assertThat(only(compilation, ProblemCodes.DMN_TABLE_OVERLAP)).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.file()).isEqualTo("dmn/table-overlap.dmn");
            assertThat(p.element()).isEqualTo("bandTable");
            assertThat(p.rule()).isEqualTo(1);
            assertThat(p.message()).contains("[1, 2]");
        });
    }

    @Test
    void aPriorityRuleCoveredByAHigherPriorityRuleIsMaskedAndLocatedAtTheMaskedRule() {
        Compilation compilation = DmnFixtures.compileBundle("masked-rule.dmn");

        assertThat(compilation.succeeded()).isFalse();
        assertThat(only(compilation, ProblemCodes.DMN_TABLE_MASKED_RULE)).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.file()).isEqualTo("dmn/masked-rule.dmn");
            assertThat(p.element()).isEqualTo("bandTable");
            assertThat(p.rule()).isEqualTo(2);
        });
    }

    @Test
    void oneBrokenFileDoesNotHideTheProblemsOfTheOthers() {
        Compilation compilation = DmnFixtures.compileBundle("schema-error.dmn", "table-overlap.dmn",
                "table-gap.dmn");

        assertThat(compilation.problems()).extracting(Problem::code)
                .contains(ProblemCodes.DMN_SCHEMA, ProblemCodes.DMN_TABLE_OVERLAP, ProblemCodes.DMN_TABLE_GAP);
    }

    @Test
    void aCleanModelCompilesWithoutProblemsOrAnalysisChatter() {
        Compilation compilation = DmnFixtures.compileBundle("traced.dmn");

        assertThat(compilation.problems()).isEmpty();
        assertThat(compilation.ruleSet()).hasValueSatisfying(rs -> assertThat(rs.models()).contains("Traced"));
    }

    private static List<Problem> only(Compilation compilation, String code) {
        return compilation.problems().stream().filter(p -> p.code().equals(code)).toList();
    }
}
