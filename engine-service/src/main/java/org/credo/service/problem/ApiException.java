package org.credo.service.problem;

import java.util.List;

/** A client or availability error our own code raises; {@link ProblemMappers} answers it as problem+json. */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final String title;
    private final List<ApiProblem.Violation> violations;

    public ApiException(int status, String code, String title, String detail) {
        this(status, code, title, detail, null);
    }

    private ApiException(int status, String code, String title, String detail,
                         List<ApiProblem.Violation> violations) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.violations = violations;
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "not-found", "Not found", what);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "invalid-input", "Invalid input", detail);
    }

    /** A 400 naming the one field whose value cannot be decided on. */
    public static ApiException invalid(String field, String message) {
        return new ApiException(400, "invalid-input", "Invalid input", field + ": " + message,
                List.of(new ApiProblem.Violation(field, message)));
    }

    /** A 422 for inputs that cannot exist together: the field at fault, why, and the rule that says so. */
    public static ApiException inadmissible(String field, String message) {
        return new ApiException(422, "inadmissible-input", "Inadmissible input", field + ": " + message,
                List.of(new ApiProblem.Violation(field, message)));
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "conflict", "Conflict", detail);
    }

    public ApiProblem toProblem() {
        return new ApiProblem("urn:credo:problem:" + code, title, status, getMessage(), violations);
    }

    public int status() {
        return status;
    }
}
