package org.credo.service.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.credo.core.DecisionStep;
import org.credo.core.Trace;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A trace's decision results are written as the HTTP contract and the audit records have them: FEEL JSON. */
class FeelValueJsonTest {
    private final ObjectMapper mapper = JsonSetup.configure(new ObjectMapper().findAndRegisterModules(), 100);

    @Test
    void aDecisionResultIsWrittenInTheFeelJsonCodecsForm() throws Exception {
        var result = new LinkedHashMap<String, Object>();
        result.put("ratio", new BigDecimal("0.5"));
        result.put("day", LocalDate.of(2026, 6, 30));
        result.put("within", Duration.ofHours(36));
        result.put("term", Period.ofMonths(27));
        result.put("levels", List.of("GENERAL", "DISHONEST"));
        result.put("none", null);
        var trace = new Trace(List.of(new DecisionStep("m", "d", "SUCCEEDED", result, List.of()),
                new DecisionStep("m", "skipped", "SKIPPED", null, List.of())), List.of());

        assertThat(mapper.writeValueAsString(trace)).isEqualTo("{\"decisions\":["
                + "{\"model\":\"m\",\"decision\":\"d\",\"status\":\"SUCCEEDED\",\"result\":{\"ratio\":0.5,"
                + "\"day\":\"2026-06-30\",\"within\":\"P1DT12H\",\"term\":\"P2Y3M\",\"levels\":[\"GENERAL\","
                + "\"DISHONEST\"],\"none\":null},\"matchedRules\":[]},"
                + "{\"model\":\"m\",\"decision\":\"skipped\",\"status\":\"SKIPPED\",\"result\":null,"
                + "\"matchedRules\":[]}],\"firedRules\":[]}");
        assertThat(mapper.valueToTree(trace).toString()).isEqualTo(mapper.writeValueAsString(trace));
    }
}
