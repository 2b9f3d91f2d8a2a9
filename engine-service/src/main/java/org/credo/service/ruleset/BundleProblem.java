package org.credo.service.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.credo.core.Problem;

/**
 * One located problem of an uploaded bundle, as answered in {@code problems}: the file and the line (DRL, manifest,
 * scenarios) or the DMN element (and decision-table rule) it concerns.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BundleProblem(String code, String severity, String file, Integer line, String element, Integer rule,
                            String message) {

    public static BundleProblem of(Problem problem) {
        return new BundleProblem(problem.code(), problem.severity().name(), problem.file(), problem.line(),
                problem.element(), problem.rule(), problem.message());
    }
}
