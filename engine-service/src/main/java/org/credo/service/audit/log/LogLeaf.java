package org.credo.service.audit.log;

import org.credo.service.audit.AuditRecord;

import java.nio.charset.StandardCharsets;

/**
 * The bytes of a record's leaf in the Merkle tree: its canonical body ({@link AuditRecord#canonicalBody()}, the
 * canonical JSON the chain hash covers besides sequence and hashes) in UTF-8. The receipt's {@code leaf} carries the
 * same text.
 */
public final class LogLeaf {
    private LogLeaf() {
    }

    public static byte[] of(String canonicalBody) {
        return canonicalBody.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] of(AuditRecord record) {
        return of(record.canonicalBody());
    }
}
