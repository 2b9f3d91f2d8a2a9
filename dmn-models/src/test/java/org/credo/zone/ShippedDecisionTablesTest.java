package org.credo.zone;

import org.credo.core.RuleSetTables;
import org.credo.core.RuleSetTables.Model;
import org.credo.core.RuleSetTables.Rule;
import org.credo.core.RuleSetTables.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped DMN models as the console's version page shows them, read by engine-core's {@link RuleSetTables}. */
class ShippedDecisionTablesTest {
    private final List<Model> models = RuleSetTables.of(ZoneRuleSet.shippedBundle()).models();

    @Test
    void everyShippedDmnFileIsReadWithItsTables() {
        assertThat(models).extracting(Model::file).containsExactly("dmn/credit-measures.dmn",
                "dmn/fx-electronic-settlement.dmn", "dmn/fx-loan-conversion.dmn", "dmn/fx.dmn", "dmn/inspection.dmn",
                "dmn/retail-export-tax.dmn", "dmn/retail-import.dmn", "dmn/spot-checks.dmn");
        assertThat(models).allSatisfy(model -> {
            assertThat(model.problem()).as(model.file()).isNull();
            assertThat(model.name()).as(model.file()).isNotBlank();
            assertThat(model.tables()).as(model.file()).isNotEmpty();
        });
    }

    @Test
    void everyRuleHasOneCellPerColumnAndTheAnnotationsNameTheLegalBasis() {
        for (Model model : models) {
            for (Table table : model.tables()) {
                assertThat(table.annotations()).as(table.owner()).contains("ruleId", "legalBasis", "confidence");
                for (Rule rule : table.rules()) {
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
        Table table = models.get(1).tables().get(0);
        assertThat(table.rules().get(0).number()).isEqualTo(1);
        assertThat(table.rules().get(table.rules().size() - 1).number()).isEqualTo(table.rules().size());
    }
}
