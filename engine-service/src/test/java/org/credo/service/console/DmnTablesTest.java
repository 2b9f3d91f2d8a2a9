package org.credo.service.console;

import org.credo.zone.ZoneRuleSet;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DmnTablesTest {
    private final java.util.List<DmnTables.Model> models = DmnTables.of(ZoneRuleSet.shippedBundle().files());

    @Test
    void everyShippedDmnFileIsReadWithItsTables() {
        assertThat(models).extracting(DmnTables.Model::file).containsExactly("dmn/credit-measures.dmn",
                "dmn/fx-electronic-settlement.dmn", "dmn/fx-loan-conversion.dmn", "dmn/fx.dmn", "dmn/inspection.dmn",
                "dmn/retail-export-tax.dmn", "dmn/retail-import.dmn", "dmn/spot-checks.dmn");
        assertThat(models).allSatisfy(m -> assertThat(m.tables()).isNotEmpty());
    }

    @Test
    void everyRuleHasOneCellPerColumnAndTheAnnotationsNameTheLegalBasis() {
        for (DmnTables.Model model : models) {
            for (DmnTables.Table table : model.tables()) {
                assertThat(table.annotations()).as(table.owner()).contains("ruleId", "legalBasis", "confidence");
                for (DmnTables.Rule rule : table.rules()) {
                    assertThat(rule.inputs()).hasSameSizeAs(table.inputs());
                    assertThat(rule.outputs()).hasSameSizeAs(table.outputs());
                    assertThat(rule.annotations()).hasSameSizeAs(table.annotations());
                    assertThat(rule.annotations().get(table.legalBasisColumn()))
                            .as(table.owner() + " #" + rule.number()).isNotBlank().doesNotStartWith("\"");
                }
            }
        }
    }

    @Test
    void ruleNumbersCountFromOneAsTheTraceNumbersThem() {
        DmnTables.Table table = models.get(1).tables().get(0);
        assertThat(table.rules().get(0).number()).isEqualTo(1);
        assertThat(table.rules().get(table.rules().size() - 1).number()).isEqualTo(table.rules().size());
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedNotFollowed() {
        byte[] hostile = """
                <?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" name="x">&x;</definitions>"""
                .getBytes(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DmnTables.of(Map.of("dmn/x.dmn", hostile)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
