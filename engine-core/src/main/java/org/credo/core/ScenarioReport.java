package org.credo.core;

import java.util.List;

/** The outcome of running a rule set's test scenarios. */
public record ScenarioReport(String rulesetVersion, List<ScenarioResult> results) {

    public ScenarioReport {
        results = List.copyOf(results);
    }

    public long passed() {
        return results.stream().filter(ScenarioResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }

    public boolean allPassed() {
        return failed() == 0;
    }

    /**
     * One scenario.
     *
     * @param file       the scenario file
     * @param name       the scenario's name
     * @param decision   the decision or model it exercises
     * @param passed     whether every expectation held
     * @param mismatches one line per expectation that did not hold
     */
    public record ScenarioResult(String file, String name, String decision, boolean passed, List<String> mismatches) {
        public ScenarioResult {
            mismatches = List.copyOf(mismatches);
        }
    }
}
