package org.credo.service.problem;

/** A client or availability error our own code raises; {@link ProblemMappers} answers it as problem+json. */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final String title;

    public ApiException(int status, String code, String title, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "not-found", "Not found", what);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "invalid-input", "Invalid input", detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "conflict", "Conflict", detail);
    }

    public ApiProblem toProblem() {
        return ApiProblem.of(status, code, title, getMessage());
    }

    public int status() {
        return status;
    }
}
