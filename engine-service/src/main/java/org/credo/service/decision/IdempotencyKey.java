package org.credo.service.decision;

import com.fasterxml.jackson.databind.JsonNode;
import org.credo.service.audit.AuditRecord;
import org.credo.service.audit.CanonicalJson;
import org.credo.service.problem.ApiException;

import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} request header (IETF httpapi idempotency-key draft): a client's name for one request,
 * so that a retry answers the decision stored the first time instead of deciding again. The value is a structured
 * field string ({@code "..."}) or the same characters bare: 1 to 64 of {@code A-Z a-z 0-9 . _ ~ : + / = -}. Keys are
 * scoped by principal and kept as long as the record that holds them.
 */
public record IdempotencyKey(String value) {
    /** The header's name. */
    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9._~:+/=-]{1,64}");

    /** The key the header carries, or null without the header; a malformed value is a 400 naming the header. */
    public static IdempotencyKey parse(String header) {
        if (header == null) {
            return null;
        }
        String value = header.length() >= 2 && header.startsWith("\"") && header.endsWith("\"")
                ? header.substring(1, header.length() - 1) : header;
        if (!VALUE.matcher(value).matches()) {
            throw ApiException.invalid(HEADER, "must be 1 to 64 of A-Z a-z 0-9 . _ ~ : + / = - (optionally quoted)");
        }
        return new IdempotencyKey(value);
    }

    /** What the record stores as its idempotency key: the caller's key within the caller's own namespace. */
    public String recordKey(String principal) {
        return "request:" + principal + ":" + value;
    }

    /**
     * The record a keyed request was answered with must be of the same request: same decision type and the same
     * inputs (compared canonically, so key order, spacing and number spelling do not matter); otherwise 422.
     */
    public AuditRecord requireSameRequest(AuditRecord stored, String type, JsonNode inputs) {
        if (!stored.type().equals(type) || !CanonicalJson.of(stored.inputs()).equals(CanonicalJson.of(inputs))) {
            throw new ApiException(422, "idempotency-key-reused", "Idempotency key reused",
                    "the Idempotency-Key '" + value + "' was used for a different request (decision "
                            + stored.decisionId() + ")");
        }
        return stored;
    }
}
