package org.credo.verifier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A log's Ed25519 verifier key in C2SP signed-note form: {@code <name>+<hex key hash>+<base64(0x01 ‖ public key)>},
 * where the key hash is the first four bytes of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key).
 *
 * @param name      the key name, non-empty, without spaces or plus signs
 * @param keyHash   the 32-bit key ID that starts each signature by this key
 * @param publicKey the 32-byte Ed25519 public key (RFC 8032 encoding)
 */
public record LogKey(String name, int keyHash, byte[] publicKey) {
    /** The signature type byte of Ed25519 in signed notes. */
    static final byte ED25519 = 0x01;
    private static final int PUBLIC_KEY_SIZE = 32;
    private static final int SIGNATURE_SIZE = 64;
    /** DER prefix of an X.509 SubjectPublicKeyInfo holding a raw Ed25519 key (RFC 8410). */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    public LogKey {
        requireValidName(name);
        if (publicKey.length != PUBLIC_KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + publicKey.length);
        }
        if (keyHash != keyHashOf(name, publicKey)) {
            throw new IllegalArgumentException("key hash " + hex(keyHash) + " is not the hash of key " + name);
        }
        publicKey = publicKey.clone();
    }

    /** The key of {@code name} with this public key, its key hash computed. */
    public static LogKey of(String name, byte[] publicKey) {
        return new LogKey(name, keyHashOf(name, publicKey), publicKey);
    }

    /**
     * Parses a verifier key {@code <name>+<hex8>+<base64>}.
     *
     * @throws IllegalArgumentException when the text is not an Ed25519 verifier key or its hash does not match
     */
    public static LogKey parse(String verifierKey) {
        String text = verifierKey.strip();
        // the base64 part may itself hold plus signs: split at the first two only
        int first = text.indexOf('+');
        int second = first < 0 ? -1 : text.indexOf('+', first + 1);
        if (second < 0) {
            throw new IllegalArgumentException("a verifier key reads <name>+<key hash>+<base64 key>");
        }
        String name = text.substring(0, first);
        String hash = text.substring(first + 1, second);
        if (!hash.matches("[0-9a-f]{8}")) {
            throw new IllegalArgumentException("the key hash of a verifier key is 8 lowercase hex digits");
        }
        byte[] typedKey;
        try {
            typedKey = Base64.getDecoder().decode(text.substring(second + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the key of a verifier key is not base64", e);
        }
        if (typedKey.length != 1 + PUBLIC_KEY_SIZE || typedKey[0] != ED25519) {
            throw new IllegalArgumentException("only Ed25519 verifier keys (type 0x01, 32 bytes) are supported");
        }
        return new LogKey(name, Integer.parseUnsignedInt(hash, 16), Arrays.copyOfRange(typedKey, 1, typedKey.length));
    }

    /** The verifier key text, {@code <name>+<hex key hash>+<base64(0x01 ‖ public key)>}. */
    public String verifierKey() {
        byte[] typedKey = new byte[1 + PUBLIC_KEY_SIZE];
        typedKey[0] = ED25519;
        System.arraycopy(publicKey, 0, typedKey, 1, PUBLIC_KEY_SIZE);
        return name + "+" + hex(keyHash) + "+" + Base64.getEncoder().encodeToString(typedKey);
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogKey key && name.equals(key.name) && keyHash == key.keyHash
                && Arrays.equals(publicKey, key.publicKey);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + keyHash;
    }

    /** The verifier key text. */
    @Override
    public String toString() {
        return verifierKey();
    }

    /** Whether {@code signature} is a valid Ed25519 signature of {@code message} by this key. */
    boolean verifies(byte[] message, byte[] signature) {
        if (signature.length != SIGNATURE_SIZE) {
            return false;
        }
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(javaPublicKey());
            ed25519.update(message);
            return ed25519.verify(signature);
        } catch (GeneralSecurityException e) {
            // a public key that is no curve point, or a signature the provider cannot decode: not a valid signature
            return false;
        }
    }

    private PublicKey javaPublicKey() throws GeneralSecurityException {
        byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + PUBLIC_KEY_SIZE);
        System.arraycopy(publicKey, 0, spki, SPKI_PREFIX.length, PUBLIC_KEY_SIZE);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    }

    static int keyHashOf(String name, byte[] publicKey) {
        var sha = MerkleHash.sha256();
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0x0A);
        sha.update(ED25519);
        sha.update(publicKey);
        byte[] digest = sha.digest();
        return ((digest[0] & 0xff) << 24) | ((digest[1] & 0xff) << 16) | ((digest[2] & 0xff) << 8) | (digest[3] & 0xff);
    }

    static String hex(int keyHash) {
        return HexFormat.of().toHexDigits(keyHash);
    }

    /** Key names are non-empty and hold no Unicode space, no plus sign and no control character. */
    static void requireValidName(String name) {
        if (name.isEmpty() || name.codePoints().anyMatch(c -> c == '+' || Character.isWhitespace(c)
                || Character.isSpaceChar(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("a key name is non-empty, without spaces, plus signs or controls");
        }
    }
}
