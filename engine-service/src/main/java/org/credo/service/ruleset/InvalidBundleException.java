package org.credo.service.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.credo.core.ProblemCodes;
import org.credo.core.Severity;
import org.credo.service.problem.ApiException;

import java.time.Duration;
import java.util.List;

/**
 * An upload refused: 422 for a bundle that does not compile or validate or whose check costs more than the draft
 * worker allows, 400 for a body that is not a readable bundle. Answered as problem+json with every problem in
 * {@code problems}; where only an {@link ApiException} is understood (the console), as that.
 */
public class InvalidBundleException extends ApiException {
    private static final String CHECKING = "checking the bundle";

    private final transient Body body;

    private InvalidBundleException(String code, String title, int status, String detail, String version,
                                   List<BundleProblem> problems) {
        super(status, code, title, detail);
        this.body = new Body("urn:credo:problem:" + code, title, status, detail, version, problems);
    }

    /** The problem+json body: RFC 9457 fields and the bundle's problems. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(String type, String title, int status, String detail, String version,
                       List<BundleProblem> problems) {
    }

    static InvalidBundleException doesNotValidate(String version, List<BundleProblem> problems) {
        long errors = problems.stream().filter(p -> Severity.ERROR.name().equals(p.severity())).count();
        return new InvalidBundleException("invalid-rule-set", "The rule set does not validate", 422,
                errors + " error(s) in the bundle; see problems", version, problems);
    }

    /** Checking the bundle (in the draft worker) ran past the deadline and was stopped. */
    static InvalidBundleException overDeadline(String version, Duration deadline) {
        return overDeadline(version, deadline, CHECKING);
    }

    /** Work on the version in the draft worker ({@code work}: what it was doing) ran past the deadline. */
    static InvalidBundleException overDeadline(String version, Duration deadline, String work) {
        return tooCostly("validation-timeout", "The bundle took too long to check", version, "VALIDATION_TIMEOUT",
                work + " took longer than the deadline of " + deadline.toSeconds()
                        + " s (credo.worker.deadline) and was stopped");
    }

    /** Checking the bundle (in the draft worker) needed more memory than the worker's heap. */
    static InvalidBundleException overMemory(String version, String maxHeap) {
        return overMemory(version, maxHeap, CHECKING);
    }

    /** Work on the version in the draft worker ({@code work}: what it was doing) needed more than its heap. */
    static InvalidBundleException overMemory(String version, String maxHeap, String work) {
        return tooCostly("bundle-too-costly", "The bundle needs too much memory to check", version, "MEMORY_LIMIT",
                work + " needed more than the worker's heap of " + maxHeap + " (credo.worker.max-heap)");
    }

    /** The draft worker ended without a verdict (crashed): the bundle is not accepted. */
    static InvalidBundleException workerFailed(String version, int exitCode) {
        return workerFailed(version, CHECKING, "ended abnormally (exit " + exitCode + ")");
    }

    /** The draft worker doing {@code work} on the version failed as {@code how} says. */
    static InvalidBundleException workerFailed(String version, String work, String how) {
        return tooCostly("bundle-too-costly", "The bundle could not be checked", version, WorkerMain.WORKER_FAILED,
                "the worker " + work + " " + how);
    }

    private static InvalidBundleException tooCostly(String type, String title, String version, String code,
                                                    String detail) {
        return new InvalidBundleException(type, title, 422, detail, version,
                List.of(new BundleProblem(code, Severity.ERROR.name(), null, null, null, null, detail)));
    }

    static InvalidBundleException unreadable(String message) {
        return new InvalidBundleException("invalid-bundle", "Invalid input", 400,
                "the body is not a readable rule-set bundle", null,
                List.of(new BundleProblem(ProblemCodes.BUNDLE_FORMAT, Severity.ERROR.name(), null, null, null, null,
                        message)));
    }

    public Body body() {
        return body;
    }
}
