package org.credo.benchmarks.inspection;

import java.util.Map;

import org.credo.core.Outcome;
import org.credo.core.RuleSet;
import org.credo.core.RuleSetCompiler;
import org.credo.zone.ZoneRuleSet;

/** (a) Credo engine-core: {@link RuleSet#decide} on the compiled shipped rule set, with its full trace. */
public final class CredoInspection implements InspectionEngine {
    private final RuleSet ruleSet;
    private final Declaration[] declarations;
    private final Map<String, Object>[] inputs;

    @SuppressWarnings("unchecked")
    public CredoInspection(Declaration[] declarations) {
        this.ruleSet = new RuleSetCompiler(ZoneRuleSet.options()).compile(ZoneRuleSet.shippedBundle()).ruleSet()
                .orElseThrow(() -> new IllegalStateException("the shipped rule set does not compile"));
        this.declarations = declarations;
        this.inputs = new Map[declarations.length];
        for (int i = 0; i < declarations.length; i++) {
            Declaration d = declarations[i];
            inputs[i] = Map.of("creditClass", d.creditClass(), "customsMode", d.customsMode(),
                    "direction", d.direction(), "hsCode", d.hsCode());
        }
    }

    @Override
    public Outcome decide(int index) {
        return ruleSet.decide("inspection", inputs[index], declarations[index].asOf());
    }

    @Override
    public Verdict verdict(Object result) {
        Outcome outcome = (Outcome) result;
        if (outcome.trace().decisions().isEmpty() || outcome.trace().reasons().isEmpty()) {
            throw new IllegalStateException("Credo's outcome has no trace");
        }
        Map<String, Object> outputs = outcome.outputs();
        return new Verdict(Verdict.decimal(outputs.get("inspectionRate")), (String) outputs.get("goodsRisk"),
                Verdict.decimal(outputs.get("regularRate")));
    }
}
