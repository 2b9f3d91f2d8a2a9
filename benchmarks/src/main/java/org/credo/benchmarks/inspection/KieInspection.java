package org.credo.benchmarks.inspection;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.compiler.ExecModelCompilerOption;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;

/**
 * (b) Raw Kie DMN 10.2.0 on the shipped model itself ({@code credo/zone/dmn/inspection.dmn}), no listener, with its
 * default options or with its decision tables compiled to Java ({@code org.kie.dmn.compiler.execmodel=true}, Kie's
 * fastest table evaluation). {@link Scope#DECISION} evaluates the {@code inspection} decision and what it requires
 * ({@code evaluateByName}), as Credo does; {@link Scope#ALL} is {@code evaluateAll}, which also evaluates the model's
 * five invariant decisions.
 */
public final class KieInspection implements InspectionEngine {
    private static final String MODEL_PATH = "credo/zone/dmn/inspection.dmn";

    /** Which decisions one evaluation computes. */
    public enum Scope { DECISION, ALL }

    private final DMNRuntime runtime;
    private final DMNModel model;
    private final Scope scope;
    private final Map<String, Object>[] inputs;

    @SuppressWarnings("unchecked")
    public KieInspection(Declaration[] declarations, Scope scope) {
        this(declarations, scope, false);
    }

    /** @param execModel whether Kie compiles the decision tables to Java (its execmodel option) */
    public KieInspection(Declaration[] declarations, Scope scope, boolean execModel) {
        this.runtime = runtime(execModel);
        this.model = runtime.getModels().get(0);
        this.scope = scope;
        this.inputs = new Map[declarations.length];
        for (int i = 0; i < declarations.length; i++) {
            Declaration d = declarations[i];
            inputs[i] = Map.of("creditClass", d.creditClass(), "customsMode", d.customsMode(),
                    "direction", d.direction(), "hsCode", d.hsCode(), "asOf", d.asOf());
        }
    }

    @Override
    public DMNResult decide(int index) {
        DMNContext context = runtime.newContext();
        inputs[index].forEach(context::set);
        return scope == Scope.ALL ? runtime.evaluateAll(model, context)
                : runtime.evaluateByName(model, context, "inspection");
    }

    @Override
    public Verdict verdict(Object result) {
        DMNResult dmn = (DMNResult) result;
        if (dmn.hasErrors()) {
            throw new IllegalStateException("Kie DMN failed: " + dmn.getMessages());
        }
        Map<?, ?> inspection = (Map<?, ?>) dmn.getDecisionResultByName("inspection").getResult();
        return new Verdict(Verdict.decimal(inspection.get("inspectionRate")), (String) inspection.get("goodsRisk"),
                Verdict.decimal(inspection.get("regularRate")));
    }

    private static DMNRuntime runtime(boolean execModel) {
        String previous = System.getProperty(ExecModelCompilerOption.PROPERTY_NAME);
        System.setProperty(ExecModelCompilerOption.PROPERTY_NAME, String.valueOf(execModel));
        try {
            return DMNRuntimeBuilder.fromDefaults().buildConfiguration().fromResources(List.of(resource()))
                    .getOrElseThrow(e -> new IllegalStateException("the inspection model does not compile", e));
        } finally {
            if (previous == null) {
                System.clearProperty(ExecModelCompilerOption.PROPERTY_NAME);
            } else {
                System.setProperty(ExecModelCompilerOption.PROPERTY_NAME, previous);
            }
        }
    }

    private static Resource resource() {
        var stream = Objects.requireNonNull(KieInspection.class.getClassLoader().getResourceAsStream(MODEL_PATH),
                MODEL_PATH);
        Resource resource = ResourceFactory.newReaderResource(new InputStreamReader(stream, StandardCharsets.UTF_8),
                StandardCharsets.UTF_8.name());
        resource.setSourcePath(MODEL_PATH);
        resource.setResourceType(ResourceType.DMN);
        return resource;
    }
}
