package org.credo.service.security;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProductionSecurityCheckTest {

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }

    @Test
    void productionWithoutIssuerKeyOrIssuerRefusesToStart() {
        assertThat(ProductionSecurityCheck.missing(List.of("production"), config(Map.of())))
                .hasSize(4)
                .anySatisfy(m -> assertThat(m).contains("mp.jwt.verify.publickey"))
                .anySatisfy(m -> assertThat(m).contains("mp.jwt.verify.issuer"))
                .anySatisfy(m -> assertThat(m).contains("credo.sampling.key"))
                .anySatisfy(m -> assertThat(m).contains("credo.log.key"));
    }

    @Test
    void productionWithABlankKeyLocationStillRefuses() {
        assertThat(ProductionSecurityCheck.missing(List.of("production"), config(Map.of(
                "mp.jwt.verify.publickey.location", " ", "mp.jwt.verify.issuer", "https://idp.example",
                "credo.sampling.key", "0123456789abcdef0123", "credo.sampling.key-id", "k1",
                "credo.log.key-file", "/etc/credo/log-key.pem"))))
                .singleElement().asString().contains("mp.jwt.verify.publickey");
    }

    @Test
    void productionWithKeyIssuerSamplingKeyAndLogKeyStarts() {
        assertThat(ProductionSecurityCheck.missing(List.of("production"), config(Map.of(
                "mp.jwt.verify.publickey.location", "file:/etc/credo/jwt.pem",
                "mp.jwt.verify.issuer", "https://idp.example",
                "credo.sampling.key", "0123456789abcdef0123", "credo.sampling.key-id", "k1",
                "credo.log.key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")))).isEmpty();
    }

    @Test
    void productionWithoutALogKeyRefusesToStart() {
        assertThat(ProductionSecurityCheck.missing(List.of("production"), config(Map.of(
                "mp.jwt.verify.publickey.location", "file:/etc/credo/jwt.pem",
                "mp.jwt.verify.issuer", "https://idp.example",
                "credo.sampling.key", "0123456789abcdef0123", "credo.sampling.key-id", "k1", "credo.log.key", " "))))
                .singleElement().asString().contains("credo.log.key");
    }

    @Test
    void theEmbeddedDefaultNeedsNoIssuerKey() {
        assertThat(ProductionSecurityCheck.missing(List.of("prod"), config(Map.of()))).isEmpty();
    }
}
