package org.credo.service.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.credo.core.EvaluationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The one family of exception mappers: every error leaves the service as {@code application/problem+json}. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return answer(e.toProblem());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<ApiProblem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new ApiProblem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(ApiProblem.Violation::field))
                .toList();
        String fields = violations.stream().map(ApiProblem.Violation::field).distinct()
                .collect(Collectors.joining(", "));
        return answer(ApiProblem.invalid("invalid fields: " + fields, violations));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response unparseable(JsonParseException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            return answer(ApiProblem.invalid("the JSON document is too deeply nested or too large", null));
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = pathOf(mismatch);
            String message = mismatch instanceof InvalidFormatException format
                    ? describe(format) : "missing, or of the wrong type";
            return answer(ApiProblem.invalid("invalid field: " + field,
                    List.of(new ApiProblem.Violation(field, message))));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping);
            return answer(ApiProblem.invalid("invalid field: " + field,
                    List.of(new ApiProblem.Violation(field, "cannot be read: " + mapping.getOriginalMessage()))));
        }
        return answer(ApiProblem.invalid("the body is not well-formed JSON: " + e.getOriginalMessage(), null));
    }

    @ServerExceptionMapper
    public Response evaluation(EvaluationException e) {
        if (EvaluationException.UNKNOWN_DECISION.equals(e.code())) {
            return answer(ApiProblem.of(404, "unknown-decision", "Not found", e.getMessage()));
        }
        if (EvaluationException.INVALID_INPUT.equals(e.code())) {
            return answer(ApiProblem.of(400, "invalid-input", "Invalid input", e.getMessage()));
        }
        return answer(ApiProblem.of(422, "evaluation-failed", "The rule set could not evaluate these inputs",
                e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return answer(ApiProblem.of(403, "forbidden", "Forbidden", "your role does not allow this operation"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String code = title.toLowerCase().replace(' ', '-');
        return answer(ApiProblem.of(status, code, title, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected failure", e);
        return answer(ApiProblem.of(500, "internal", "Internal error", "the service failed; see its log"));
    }

    private static Response unauthorized() {
        return Response.status(401).header("WWW-Authenticate", "Basic realm=\"credo\"")
                .type(ApiProblem.MEDIA_TYPE)
                .entity(ApiProblem.of(401, "unauthenticated", "Unauthorized", "authentication is required"))
                .build();
    }

    /** A problem answer with the problem's status and media type; a 503 says when to retry (in 1 s). */
    public static Response answer(ApiProblem problem) {
        Response.ResponseBuilder answer = Response.status(problem.status()).type(ApiProblem.MEDIA_TYPE);
        if (problem.status() == 503) {
            answer.header("Retry-After", "1");
        }
        return answer.entity(problem).build();
    }

    private static String describe(InvalidFormatException e) {
        if (e.getTargetType() != null && e.getTargetType().isEnum()) {
            return "must be one of " + Arrays.stream(e.getTargetType().getEnumConstants())
                    .map(c -> EnumNames.jsonName((Enum<?>) c)).collect(Collectors.joining(", "));
        }
        String type = e.getTargetType() == null ? "value" : e.getTargetType().getSimpleName();
        return "is not a valid " + type;
    }

    static String pathOf(JsonMappingException e) {
        var out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** The JSON field path of a bean-validation violation, e.g. {@code events[0].type}, or the parameter name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        var out = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.getIndex() != null) {
                        out.append('[').append(node.getIndex()).append(']');
                    }
                    if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                        out.append(out.isEmpty() ? "" : ".").append(node.getName());
                    }
                }
            }
        }
        if (!out.isEmpty()) {
            return out.toString();
        }
        return parameter == null ? "body" : parameter;
    }
}
