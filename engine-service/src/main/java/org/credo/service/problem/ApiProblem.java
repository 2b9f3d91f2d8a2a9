package org.credo.service.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error answer ({@code application/problem+json}).
 *
 * @param type       a URI naming the kind of problem ({@code urn:credo:problem:<code>})
 * @param violations the invalid fields, for a 400 on invalid input
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiProblem(String type, String title, int status, String detail, List<Violation> violations) {

    /** The media type of every problem answer. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON path in the request (e.g. {@code events[0].type}) and what is wrong. */
    public record Violation(String field, String message) {
    }

    public static ApiProblem of(int status, String code, String title, String detail) {
        return new ApiProblem("urn:credo:problem:" + code, title, status, detail, null);
    }

    public static ApiProblem invalid(String detail, List<Violation> violations) {
        return new ApiProblem("urn:credo:problem:invalid-input", "Invalid input", 400, detail, violations);
    }
}
