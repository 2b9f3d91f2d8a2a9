package org.credo.core.internal.scenario;

import java.util.List;

/**
 * A parsed {@code *.scenarios.json}: scenarios for one manifest decision, or for every decision of one DMN model.
 *
 * @param decision     the manifest decision exercised, or {@code null}
 * @param model        the DMN model exercised, or {@code null}
 * @param targetLine   the line naming the decision or model
 */
public record ScenarioFile(String path, String decision, String model, int targetLine, List<Scenario> scenarios) {

    public ScenarioFile {
        scenarios = List.copyOf(scenarios);
    }

    /** The decision or model name. */
    public String target() {
        return decision != null ? decision : model;
    }
}
