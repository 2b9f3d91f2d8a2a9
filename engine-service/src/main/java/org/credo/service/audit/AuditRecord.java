package org.credo.service.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored decision: a link of the audit chain.
 *
 * @param sequence       position in the chain, from 1, without gaps
 * @param type           the decision type ({@code inspection}, {@code credit-classification}, {@code model:<name>} …)
 * @param enterpriseId   the enterprise decided about, when there is one (for search)
 * @param idempotencyKey what makes a retry answer the stored outcome (the inspection's declaration id), or null
 * @param asOf           the day whose rules decided
 * @param body           {@code inputs}, {@code outputs}, {@code reasons}, {@code trace} and {@code referenceData},
 *                       as shown: rules referred to by id in the stored body carry their texts again (see
 *                       {@link RuleTexts}); a body as stored when the texts could not be resolved
 * @param previousHash   the hash of the record before, {@link ChainHash#GENESIS} for the first
 * @param hash           {@link ChainHash#of} over sequence, previous hash and {@link #canonicalBody()}
 * @param storedBody     the body as the store holds it, or is to hold it (canonical JSON, rules referred to by id),
 *                       which is what was hashed, or null for a record built here whose body is stored as it is;
 *                       hashes and leaves are computed over it, so nothing stored needs a parse
 * @param unreadable     why the body as stored could not be read (then {@code body} is empty), or null when it was
 *                       read or never stored; the hash covers the stored text, so such a record still verifies
 */
public record AuditRecord(long sequence, String decisionId, String type, String enterpriseId, String idempotencyKey,
                          String rulesetVersion, LocalDate asOf, String principal, Instant requestedAt,
                          Instant decidedAt, ObjectNode body, String previousHash, String hash, String storedBody,
                          String unreadable) {

    /** A record built here, its body at hand. */
    public AuditRecord(long sequence, String decisionId, String type, String enterpriseId, String idempotencyKey,
                       String rulesetVersion, LocalDate asOf, String principal, Instant requestedAt,
                       Instant decidedAt, ObjectNode body, String previousHash, String hash) {
        this(sequence, decisionId, type, enterpriseId, idempotencyKey, rulesetVersion, asOf, principal, requestedAt,
                decidedAt, body, previousHash, hash, null, null);
    }

    /** A record not yet in the chain, its body stored as it is. */
    public static AuditRecord unsealed(String decisionId, String type, String enterpriseId, String idempotencyKey,
                                       String rulesetVersion, LocalDate asOf, String principal, Instant requestedAt,
                                       Instant decidedAt, ObjectNode body) {
        return unsealed(decisionId, type, enterpriseId, idempotencyKey, rulesetVersion, asOf, principal,
                requestedAt, decidedAt, body, null);
    }

    /**
     * A record not yet in the chain that shows {@code body} and is stored (and hashed) as {@code storedBody}, its
     * canonical JSON with rules referred to by id, or null to store {@code body} as it is.
     */
    public static AuditRecord unsealed(String decisionId, String type, String enterpriseId, String idempotencyKey,
                                       String rulesetVersion, LocalDate asOf, String principal, Instant requestedAt,
                                       Instant decidedAt, ObjectNode body, String storedBody) {
        return new AuditRecord(0, decisionId, type, enterpriseId, idempotencyKey, rulesetVersion, asOf, principal,
                requestedAt, decidedAt, body, null, null, storedBody, null);
    }

    /** This record as link {@code sequence} after {@code previousHash}. */
    public AuditRecord seal(long sequence, String previousHash, String canonicalBody) {
        return new AuditRecord(sequence, decisionId, type, enterpriseId, idempotencyKey, rulesetVersion, asOf,
                principal, requestedAt, decidedAt, body, previousHash, ChainHash.of(sequence, previousHash,
                canonicalBody), storedBody, unreadable);
    }

    /** This record showing {@code shown} (its rule texts resolved), stored and hashed as before. */
    AuditRecord showing(ObjectNode shown) {
        return new AuditRecord(sequence, decisionId, type, enterpriseId, idempotencyKey, rulesetVersion, asOf,
                principal, requestedAt, decidedAt, shown, previousHash, hash, storedBody, unreadable);
    }

    public AuditRecord seal(long sequence, String previousHash) {
        return seal(sequence, previousHash, canonicalBody());
    }

    /**
     * Every field but sequence and the hashes, canonically serialised: what the hash covers besides them, and the
     * record's leaf in the log. For a stored record, over its body as stored.
     */
    public String canonicalBody() {
        return canonicalBody(storedBody != null ? storedBody : CanonicalJson.of(body));
    }

    /** {@link #canonicalBody()} from the body already in canonical JSON (as the store keeps it). */
    String canonicalBody(String canonicalJsonOfBody) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("decisionId", decisionId);
        node.put("type", type);
        node.put("enterpriseId", enterpriseId);
        node.put("idempotencyKey", idempotencyKey);
        node.put("rulesetVersion", rulesetVersion);
        node.put("asOf", asOf == null ? null : asOf.toString());
        node.put("principal", principal);
        node.put("requestedAt", requestedAt.toString());
        node.put("decidedAt", decidedAt.toString());
        node.putRawValue("body", new RawValue(canonicalJsonOfBody));
        return CanonicalJson.of(node);
    }

    /** Whether the stored hash is the hash of what is stored. */
    public boolean hashMatches() {
        return hash != null && previousHash != null && hash.equals(ChainHash.of(sequence, previousHash,
                canonicalBody()));
    }

    /** Whether the body was read (a record whose stored body could not be read is reported, never decided on). */
    public boolean readable() {
        return unreadable == null;
    }

    public JsonNode inputs() {
        return body.path("inputs");
    }

    public JsonNode outputs() {
        return body.path("outputs");
    }

    public JsonNode referenceData() {
        return body.path("referenceData");
    }
}
