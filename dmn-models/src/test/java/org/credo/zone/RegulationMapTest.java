package org.credo.zone;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

class RegulationMapTest {

    @Test
    void committedRegulationMapListsExactlyTheShippedRules() throws IOException {
        String regenerated = RegulationMap.regenerated();
        if (Boolean.getBoolean("credo.regenerateDocs")) {
            Files.writeString(RegulationMap.DOCUMENT, regenerated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(RegulationMap.DOCUMENT, StandardCharsets.UTF_8))
                .as("docs/regulations.md is out of date: run the dmn-models tests with -Dcredo.regenerateDocs=true")
                .isEqualTo(regenerated);
    }

    @Test
    void everyShippedRuleHasItsRow() throws IOException {
        String document = Files.readString(RegulationMap.DOCUMENT, StandardCharsets.UTF_8);
        assertThat(ShippedRuleSet.ruleSet().rules())
                .allSatisfy(rule -> assertThat(document).contains("| " + rule.basis().ruleId() + " |"));
    }
}
