package org.credo.core.internal.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;

import org.credo.core.Compilation;
import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.Severity;
import org.junit.jupiter.api.Test;

/**
 * Uploaded DMN must not run Java. Each fixture tries: a {@code kind="Java"} function definition and a FEEL
 * {@code external} function both call {@code System.setProperty}, and a FEEL path {@code "credo".class.name}
 * reaches {@code getClass()} by reflection. All are rejected before Kie reads the bundle, so nothing runs. The many
 * other spellings of these attacks are in the attack corpus ({@code AttackCorpusTest}).
 */
class DmnForbiddenConstructTest {

    @Test
    void aJavaFunctionDefinitionIsRejectedAtItsElementAndNeverRuns() {
        Compilation compilation = DmnFixtures.compileBundle("java-function.dmn");

        assertThat(compilation.succeeded()).isFalse();
        assertThat(compilation.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCodes.FORBIDDEN_CONSTRUCT);
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.file()).isEqualTo("dmn/java-function.dmn");
            assertThat(p.element()).isEqualTo("setProperty_logic");
            assertThat(p.message()).contains("kind Java");
        });
        assertThat(System.getProperty("credo.attack.java")).isNull();
    }

    @Test
    void aFeelExternalJavaFunctionIsRejectedAtItsExpression() {
        Compilation compilation = DmnFixtures.compileBundle("external-function.dmn");

        assertThat(compilation.problems()).extracting(Problem::code).containsOnly(ProblemCodes.FORBIDDEN_CONSTRUCT);
        assertThat(compilation.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("dmn/external-function.dmn");
            assertThat(p.element()).isEqualTo("attack_expr");
            assertThat(p.message()).contains("external functions call Java");
        });
        assertThat(System.getProperty("credo.attack.external")).isNull();
    }

    @Test
    void aFeelPathToClassIsRejectedBecauseKieWouldCallGetClass() {
        Compilation compilation = DmnFixtures.compileBundle("class-path.dmn");

        assertThat(compilation.problems()).extracting(Problem::code).containsOnly(ProblemCodes.FORBIDDEN_CONSTRUCT);
        assertThat(compilation.problems()).anySatisfy(p -> {
            assertThat(p.element()).isEqualTo("attack_expr");
            assertThat(p.message()).contains("`class` would reach Java");
        });
    }

    @Test
    void theSamePathDoesReachJavaWhenTheCheckIsOffWhichIsWhyItIsOn() {
        var problems = new ArrayList<Problem>();
        DmnModels models = DmnFixtures.compile(DmnCompileOptions.trustedConformance(), problems,
                "class-path.dmn");

        assertThat(models.evaluate("Class path", null, Map.of(), null).results())
                .containsEntry("Attack", "java.lang.String");
    }

    @Test
    void aForbiddenFileStopsTheWholeBundleBeforeKieReadsAnyOfIt() {
        Compilation compilation = DmnFixtures.compileBundle("java-function.dmn", "traced.dmn");

        assertThat(compilation.problems()).extracting(Problem::code)
                .containsExactly(ProblemCodes.FORBIDDEN_CONSTRUCT);
        assertThat(compilation.ruleSet()).isEmpty();
    }
}
