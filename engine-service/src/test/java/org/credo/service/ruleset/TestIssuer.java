package org.credo.service.ruleset;

import io.smallrye.jwt.build.Jwt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/** A throw-away JWT issuer for a production-profile service: its public key in a PEM file, tokens for demo users. */
final class TestIssuer {
    static final String ISSUER = "https://credo.test/two-instances";
    private static final Map<String, String> ROLES = Map.of("customs", "decision-client", "author", "rule-author",
            "author2", "rule-author", "approver", "rule-approver", "auditor", "auditor", "admin", "admin");

    private final KeyPair keys;
    private final Path publicKey;

    TestIssuer(Path dir) throws IOException, NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        publicKey = dir.resolve("jwt-public.pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
    }

    Path publicKey() {
        return publicKey;
    }

    /** A token for a demo user name, carrying that user's role in {@code groups}. */
    String token(String user) {
        return Jwt.issuer(ISSUER).upn(user).groups(Set.of(ROLES.get(user))).sign(keys.getPrivate());
    }
}
