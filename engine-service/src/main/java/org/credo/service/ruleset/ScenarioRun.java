package org.credo.service.ruleset;

import org.credo.core.ScenarioReport;

import java.util.List;

/** The answer of {@code POST /api/v1/rulesets/{version}/test}: every scenario of the bundle, passed or not. */
public record ScenarioRun(String version, int scenarios, long passed, long failed, boolean allPassed,
                          List<ScenarioReport.ScenarioResult> results) {

    static ScenarioRun of(ScenarioReport report) {
        return new ScenarioRun(report.rulesetVersion(), report.results().size(), report.passed(), report.failed(),
                report.allPassed(), report.results());
    }
}
