package org.credo.service.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.credo.core.ProblemCodes;
import org.credo.core.Severity;

import java.util.List;

/**
 * An upload refused: 422 for a bundle that does not compile or validate, 400 for a body that is not a readable
 * bundle. Answered as problem+json with every problem in {@code problems}.
 */
public class InvalidBundleException extends RuntimeException {
    private final transient Body body;

    private InvalidBundleException(Body body) {
        super(body.detail());
        this.body = body;
    }

    /** The problem+json body: RFC 9457 fields and the bundle's problems. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(String type, String title, int status, String detail, String version,
                       List<BundleProblem> problems) {
    }

    static InvalidBundleException doesNotValidate(String version, List<BundleProblem> problems) {
        long errors = problems.stream().filter(p -> Severity.ERROR.name().equals(p.severity())).count();
        return new InvalidBundleException(new Body("urn:credo:problem:invalid-rule-set",
                "The rule set does not validate", 422, errors + " error(s) in the bundle; see problems", version,
                problems));
    }

    static InvalidBundleException unreadable(String message) {
        return new InvalidBundleException(new Body("urn:credo:problem:invalid-bundle", "Invalid input", 400,
                "the body is not a readable rule-set bundle", null,
                List.of(new BundleProblem(ProblemCodes.BUNDLE_FORMAT, Severity.ERROR.name(), null, null, null, null,
                        message))));
    }

    public Body body() {
        return body;
    }
}
