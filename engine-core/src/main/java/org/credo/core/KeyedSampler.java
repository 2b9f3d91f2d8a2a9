package org.credo.core;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * Reproducible, auditable selection: HMAC-SHA256 of a subject id under a secret key, read as a number in [0, 1),
 * selects the subject when below the rate. No random generator and no clock: the same subject, key and rate always
 * give the same answer, and anyone holding the key can recompute it.
 */
public final class KeyedSampler {
    private static final String ALGORITHM = "HmacSHA256";
    /** 2^53: the draw keeps 53 bits so it is exactly representable as a double and a decimal. */
    private static final double SCALE = 0x1p-53;

    private final String keyId;
    private final SecretKeySpec key;

    /**
     * @param keyId identifies the key in audit records without revealing it
     * @param key   the secret key bytes (at least 16)
     */
    public KeyedSampler(String keyId, byte[] key) {
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        if (key.length < 16) {
            throw new IllegalArgumentException("a sampling key needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    public String keyId() {
        return keyId;
    }

    /** The subject's draw in [0, 1): the first 53 bits of HMAC-SHA256(key, subject UTF-8) over 2^53. */
    public double draw(String subject) {
        byte[] mac = mac(subject);
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (mac[i] & 0xFF);
        }
        return (bits >>> 11) * SCALE;
    }

    /** Whether the subject is selected at this rate: its draw is strictly below the rate. */
    public boolean selects(String subject, BigDecimal rate) {
        return new BigDecimal(draw(subject)).compareTo(rate) < 0;
    }

    private byte[] mac(String subject) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
