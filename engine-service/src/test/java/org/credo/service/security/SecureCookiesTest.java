package org.credo.service.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code credo.sign-in.secure-cookies} (as in the production profile) every cookie the service sets is Secure. */
@QuarkusTest
@TestProfile(SecureCookiesTest.Secure.class)
class SecureCookiesTest {
    public static class Secure implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("credo.sign-in.secure-cookies", "true");
        }
    }

    @Test
    void theSessionTheConsoleSessionAndTheCsrfCookiesAreSecure() {
        var signIn = RestAssured.given().redirects().follow(false).formParam("j_username", "auditor")
                .formParam("j_password", "auditor").post("/j_security_check").then().statusCode(302).extract();
        assertThat(signIn.detailedCookie("quarkus-credential").isSecured()).isTrue();
        assertThat(signIn.detailedCookie(ConsoleSessions.COOKIE).isSecured()).isTrue();
        var page = RestAssured.given().get("/console/login?lang=en").then().statusCode(200).extract();
        assertThat(page.detailedCookie("csrf-token").isSecured()).isTrue();
        assertThat(page.detailedCookie("credo-lang").isSecured()).isTrue();
    }
}
