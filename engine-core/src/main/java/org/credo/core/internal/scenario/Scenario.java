package org.credo.core.internal.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;

/**
 * One test scenario: inputs, the outputs expected (a subset) and the rule ids expected among the reasons.
 *
 * @param asOf the day to decide for; {@code null} in a file that evaluates a whole model
 * @param line where the scenario starts in its file
 */
record Scenario(String name, LocalDate asOf, JsonNode inputs, JsonNode expected, List<String> expectedRules,
                int line) {

    Scenario {
        expectedRules = List.copyOf(expectedRules);
    }
}
