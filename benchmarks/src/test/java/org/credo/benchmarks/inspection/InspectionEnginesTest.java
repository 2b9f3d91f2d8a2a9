package org.credo.benchmarks.inspection;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** The benchmark only times engines that agree; this keeps them agreeing as the rule set changes. */
class InspectionEnginesTest {

    @Test
    void credoKieCamundaInBothModesAndJavaAgreeOnEveryDeclaration() {
        Declaration[] declarations = Declarations.sample();
        assertThatCode(() -> InspectionEngines.requireAgreement(declarations, InspectionEngines.all(declarations)))
                .doesNotThrowAnyException();
    }
}
