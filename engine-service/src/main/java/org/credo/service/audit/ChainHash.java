package org.credo.service.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of one chain link: SHA-256 over a domain prefix, the record's sequence, the previous record's hash and
 * the record's canonical body ({@link CanonicalJson}). Pure function.
 *
 * <pre>hash = SHA-256("credo-audit-v1" 0x00 sequence(decimal) 0x00 previousHash(hex) 0x00 canonicalBody)</pre>
 */
public final class ChainHash {
    /** The previous hash of the first record. */
    public static final String GENESIS = "0".repeat(64);
    private static final byte[] PREFIX = "credo-audit-v1".getBytes(StandardCharsets.US_ASCII);

    private ChainHash() {
    }

    public static String of(long sequence, String previousHash, String canonicalBody) {
        MessageDigest sha = sha256();
        sha.update(PREFIX);
        sha.update((byte) 0);
        sha.update(Long.toString(sequence).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) 0);
        sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) 0);
        sha.update(canonicalBody.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
