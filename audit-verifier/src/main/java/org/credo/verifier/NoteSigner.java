package org.credo.verifier;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * Signs note texts with an Ed25519 key in C2SP signed-note form: the note text, a blank line, then
 * {@code — <name> <base64(4-byte key hash ‖ 64-byte signature)>}. Ed25519 is deterministic: the same key and text
 * always give the same note.
 */
public final class NoteSigner {
    private static final int SEED_SIZE = 32;
    private final byte[] seed;
    private final LogKey logKey;

    private NoteSigner(String name, byte[] seed) {
        if (seed.length != SEED_SIZE) {
            throw new IllegalArgumentException("an Ed25519 private key seed has 32 bytes, not " + seed.length);
        }
        this.seed = seed.clone();
        this.logKey = LogKey.of(name, publicKeyOf(this.seed));
    }

    /** A signer for key {@code name} from the 32-byte Ed25519 private key seed (RFC 8032). */
    public static NoteSigner fromSeed(String name, byte[] seed) {
        return new NoteSigner(name, seed);
    }

    /** A signer for key {@code name} from a DER-encoded PKCS#8 Ed25519 private key. */
    public static NoteSigner fromPkcs8(String name, byte[] der) {
        try {
            PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
            byte[] seed = ((EdECPrivateKey) key).getBytes()
                    .orElseThrow(() -> new IllegalArgumentException("the PKCS#8 key does not reveal its seed"));
            return new NoteSigner(name, seed);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("not a PKCS#8 Ed25519 private key", e);
        }
    }

    /** The verifier key of this signer, to publish. */
    public LogKey logKey() {
        return logKey;
    }

    /**
     * The signed note of {@code text}: the text, a blank line and this key's signature line.
     *
     * @param text note text: non-empty, ending in a newline, without a blank last line or control characters
     */
    public String sign(String text) {
        SignedNote.requireValidText(text);
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        byte[] signature;
        try {
            PrivateKey key = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(key);
            ed25519.update(message);
            signature = ed25519.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
        byte[] keyed = ByteBuffer.allocate(4 + signature.length).putInt(logKey.keyHash()).put(signature).array();
        return text + "\n" + SignedNote.EM_DASH + " " + logKey.name() + " "
                + Base64.getEncoder().encodeToString(keyed) + "\n";
    }

    /** Derives the public key: the JDK's generator turns 32 bytes of "randomness" into the private key as is. */
    private static byte[] publicKeyOf(byte[] seed) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new FixedBytes(seed));
            byte[] spki = generator.generateKeyPair().getPublic().getEncoded();
            return Arrays.copyOfRange(spki, spki.length - 32, spki.length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }

    /** A "random" source that yields the seed once, so that key generation reproduces the key of that seed. */
    private static final class FixedBytes extends SecureRandom {
        private final byte[] bytes;

        FixedBytes(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public void nextBytes(byte[] out) {
            if (out.length != bytes.length) {
                throw new IllegalStateException("the Ed25519 generator asked for " + out.length + " bytes");
            }
            System.arraycopy(bytes, 0, out, 0, out.length);
        }
    }
}
