package org.credo.core.internal.dmn;

import org.credo.core.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An evaluation a compiled plan leaves to Kie is counted per decision, and still answers what Kie answers. */
class PlanFallbackTest {
    private static final LocalDate DAY = LocalDate.of(2025, 6, 30);
    private static DmnModels models;

    @BeforeAll
    static void compile() {
        var problems = new ArrayList<Problem>();
        models = DmnFixtures.compile(DmnCompileOptions.strict(), problems, "traced.dmn");
        assertThat(problems).isEmpty();
    }

    @Test
    void aPlannedEvaluationIsNotCountedAndOneLeftToKieIs() {
        assertThat(models.compiledDecisions("Traced")).contains("Risk");
        long before = models.planFallbacks().get("Traced/Risk");

        models.evaluate("Traced", "Risk", Map.of("declaredValue", BigDecimal.valueOf(1500)), DAY);
        assertThat(models.planFallbacks()).containsEntry("Traced/Risk", before);

        DmnEvaluation byKie = models.evaluate("Traced", "Risk", Map.of("declaredValue", BigDecimal.valueOf(1500),
                "Inspection", "an input named after a decision"), DAY);
        assertThat(models.planFallbacks()).containsEntry("Traced/Risk", before + 1);
        assertThat(byKie.results()).containsEntry("Risk", "HIGH");
    }
}
