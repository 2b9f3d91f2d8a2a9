package org.credo.service.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
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

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The one family of exception mappers: every error leaves the service as {@code application/problem+json}. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        if (e.status() >= 500 && e.getCause() != null) {
            LOG.warnf("answered %d, %s: %s", e.status(), e.getMessage(), causes(e.getCause()));
        }
        return answer(e.toProblem());
    }

    /** The messages of a failure and its causes, outermost first, so that a 503's log line names what failed. */
    static String causes(Throwable cause) {
        var text = new StringBuilder();
        for (Throwable t = cause; t != null && text.length() < 2000; t = t.getCause()) {
            text.append(text.isEmpty() ? "" : " <- ").append(t.getClass().getSimpleName()).append(": ")
                    .append(t.getMessage());
        }
        return text.toString();
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
        String field = locate(e);
        StreamConstraintsException beyondLimits = causeOf(e, StreamConstraintsException.class);
        if (beyondLimits != null) {
            return invalidField(field == null ? "body" : field,
                    "is beyond the read limits: " + withoutJacksonHint(beyondLimits.getOriginalMessage()));
        }
        if (field == null) {
            return invalidField("body", "is not well-formed JSON: " + withoutJacksonHint(e.getOriginalMessage()));
        }
        if (e instanceof InvalidFormatException format) {
            return invalidField(field, describe(format));
        }
        if (e instanceof MismatchedInputException) {
            return invalidField(field, "missing, or of the wrong type");
        }
        JsonParseException parse = causeOf(e, JsonParseException.class);
        return invalidField(field, "cannot be read: " + withoutJacksonHint(parse == null
                ? e.getOriginalMessage() : parse.getOriginalMessage()));
    }

    @ServerExceptionMapper
    public Response evaluation(EvaluationException e) {
        if (EvaluationException.UNKNOWN_DECISION.equals(e.code())) {
            return answer(ApiProblem.of(404, "unknown-decision", "Not found", e.getMessage()));
        }
        if (EvaluationException.INVALID_INPUT.equals(e.code())) {
            return answer(ApiProblem.of(400, "invalid-input", "Invalid input", e.getMessage()));
        }
        if (EvaluationException.DEADLINE_EXCEEDED.equals(e.code())) {
            LOG.warnf("evaluation stopped at its deadline: %s", e.getMessage());
            return answer(ApiProblem.of(503, "evaluation-timeout", "Service unavailable", e.getMessage()));
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
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            // the JSON reader answers most read failures as a bare 400: name the field like every other
            return json(unreadable);
        }
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

    private static Response invalidField(String field, String message) {
        return answer(ApiProblem.invalid("invalid field: " + field, List.of(new ApiProblem.Violation(field, message))));
    }

    /**
     * The JSON path of the value a read failed at: where the parser stood for a failure of the JSON text itself
     * (a leading {@code +}, {@code NaN}, a number that cannot be held, a value beyond the read limits), else the path
     * Jackson's binding recorded; null at the document's top.
     */
    static String locate(JsonProcessingException e) {
        JsonParseException parse = causeOf(e, JsonParseException.class);
        if (parse != null && parse.getProcessor() != null) {
            // a name too long is not yet the object's current name: the failure is the object's
            StreamConstraintsException limit = causeOf(e, StreamConstraintsException.class);
            boolean inName = limit != null && limit.getOriginalMessage().startsWith("Name length");
            String at = pathOf(parse.getProcessor().getParsingContext(), !inName);
            if (!at.isEmpty()) {
                return at;
            }
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return pathOf(mapping);
        }
        return null;
    }

    /** The exception itself or its first cause of the given type, or null. */
    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String pathOf(JsonStreamContext context, boolean withInnermostName) {
        var segments = new ArrayDeque<String>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null && (withInnermostName || c != context)) {
                segments.addFirst("." + c.getCurrentName());
            }
        }
        String path = String.join("", segments);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** A Jackson message without its hints for programmers ({@code , from `…`}, {@code enable `…`}). */
    private static String withoutJacksonHint(String message) {
        return message.replaceAll(", from `[^`]*`", "").replaceAll(":? ?enable `[^`]*`.*$", "").trim();
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
