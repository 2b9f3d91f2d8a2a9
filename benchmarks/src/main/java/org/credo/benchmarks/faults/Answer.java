package org.credo.benchmarks.faults;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one decision request got: an HTTP answer (status, media type, body) or no answer at all (the connection
 * failed before a response arrived).
 *
 * @param declarationId the request's declaration id (its idempotency key)
 * @param status        the HTTP status, or 0 when no answer arrived
 * @param retryAfter    the Retry-After header, or null
 * @param failure       why no answer arrived (the exception's class), or null
 * @param millis        from sending to the answer (or the failure)
 */
record Answer(String declarationId, int status, String contentType, String retryAfter, String body, String failure,
              long millis) {
    private static final Pattern DECISION_ID = Pattern.compile("\"decisionId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern DECIDED_AT = Pattern.compile("\"decidedAt\"\\s*:\\s*\"([^\"]+)\"");

    static Answer none(String declarationId, Exception failure, long millis) {
        return new Answer(declarationId, 0, null, null, null, failure.getClass().getSimpleName(), millis);
    }

    boolean answered() {
        return status != 0;
    }

    boolean ok() {
        return status == 200;
    }

    /** The connection was refused: the request never reached a service (it was down or not yet listening). */
    boolean refused() {
        return "ConnectException".equals(failure);
    }

    /**
     * A 503 that says why and when to retry, as problem+json with Retry-After: what the service answers when it
     * cannot store a decision now, or is stopping.
     */
    boolean unavailableWithProblem() {
        return status == 503 && contentType != null && contentType.startsWith("application/problem+json")
                && retryAfter != null && body != null && body.contains("\"status\":503");
    }

    /** Any 5xx but a 503 with a problem body: a failure the service must never answer. */
    boolean badServerError() {
        return status >= 500 && !unavailableWithProblem();
    }

    String decisionId() {
        return field(DECISION_ID);
    }

    String decidedAt() {
        return field(DECIDED_AT);
    }

    private String field(Pattern pattern) {
        Matcher m = body == null ? null : pattern.matcher(body);
        return m != null && m.find() ? m.group(1) : null;
    }
}
