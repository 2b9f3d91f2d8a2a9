package org.credo.service.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.credo.core.RuleDescriptor;
import org.credo.core.ScenarioReport;
import org.credo.core.Severity;

import java.util.List;

/**
 * What the draft worker ({@link WorkerMain}) found in a bundle, as it writes it for the service: the version, its
 * manifest's name and description and its DRL rules when it compiled (what the console shows of a draft, which
 * the service never compiles), every problem, and the scenario run when one was asked for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DraftVerdict(String versionId, String name, String description, List<RuleDescriptor> drlRules,
                    List<BundleProblem> problems, ScenarioReport scenarios) {

    DraftVerdict {
        drlRules = drlRules == null ? List.of() : List.copyOf(drlRules);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    boolean valid() {
        return problems.stream().noneMatch(p -> Severity.ERROR.name().equals(p.severity()));
    }
}
