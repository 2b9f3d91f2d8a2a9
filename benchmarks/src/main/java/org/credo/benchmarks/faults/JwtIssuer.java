package org.credo.benchmarks.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A throw-away RS256 token issuer for a production-profile service: its public key as a PEM file, and one token per
 * demo user carrying that user's role in {@code groups}, valid for an hour.
 */
final class JwtIssuer {
    static final String ISSUER = "https://credo.test/faults";
    private static final Map<String, String> ROLES = Map.of("customs", "decision-client", "auditor", "auditor");

    private final KeyPair keys;
    private final Path publicKey;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    JwtIssuer(Path dir) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        publicKey = dir.resolve("jwt-public.pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
    }

    Path publicKey() {
        return publicKey;
    }

    /** The Authorization header for a demo user. */
    String authorization(String user) {
        return "Bearer " + tokens.computeIfAbsent(user, this::sign);
    }

    private String sign(String user) {
        long now = Instant.now().getEpochSecond();
        String header = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String claims = base64("{\"iss\":\"" + ISSUER + "\",\"upn\":\"" + user + "\",\"sub\":\"" + user
                + "\",\"groups\":[\"" + ROLES.get(user) + "\"],\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}");
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return header + "." + claims + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
