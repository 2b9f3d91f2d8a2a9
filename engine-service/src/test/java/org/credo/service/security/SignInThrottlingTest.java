package org.credo.service.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * Failed sign-ins, on HTTP Basic and on the console's form, are throttled per account and per client address: after
 * three failures (this profile) the next attempt is 429 with {@code Retry-After}, while an account that signed in
 * from an address keeps working there. Client addresses come from {@code X-Forwarded-For}, which this profile trusts
 * as a proxy in front would.
 */
@QuarkusTest
@TestProfile(SignInThrottlingTest.Tight.class)
class SignInThrottlingTest {
    private static final String PROTECTED = "/api/v1/audit/verify";

    /** Three failures in a two-second window; forwarded client addresses. */
    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("credo.sign-in.max-failures", "3", "credo.sign-in.window", "2S",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    private static String address() {
        return "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "." + (1
                + (int) (Math.random() * 250));
    }

    private static RequestSpecification from(String address) {
        return RestAssured.given().redirects().follow(false).header("X-Forwarded-For", address);
    }

    private static int basic(String address, String user, String password) {
        return from(address).auth().preemptive().basic(user, password).get(PROTECTED).statusCode();
    }

    @Test
    void anAccountThatFailedThreeTimesIs429WithRetryAfterFromAnyAddress() {
        String account = "nobody-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            from(address()).auth().preemptive().basic(account, "guess" + i).get(PROTECTED).then().statusCode(401);
        }
        from(address()).auth().preemptive().basic(account, "guess").get(PROTECTED).then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:credo:problem:sign-in-throttled"))
                .header("Retry-After", matchesPattern("[12]"));
    }

    @Test
    void anAddressThatFailedThreeTimesIs429ForEveryAccountItHasNotSignedInAs() {
        String address = address();
        for (int i = 0; i < 3; i++) {
            from(address).auth().preemptive().basic("nobody-" + UUID.randomUUID(), "x").get(PROTECTED)
                    .then().statusCode(401);
        }
        from(address).auth().preemptive().basic("auditor", "auditor").get(PROTECTED).then().statusCode(429)
                .header("Retry-After", matchesPattern("[12]"));
        from(address()).auth().preemptive().basic("auditor", "auditor").get(PROTECTED).then().statusCode(200);
    }

    @Test
    void aClientWithValidCredentialsKeepsWorkingWhileItsPasswordIsGuessedElsewhere() {
        String customs = address();
        String attacker = address();
        from(customs).auth().preemptive().basic("approver", "approver").get("/api/v1/rulesets")
                .then().statusCode(200);
        for (int i = 0; i < 4; i++) {
            basic(attacker, "approver", "guess" + i);
        }
        from(attacker).auth().preemptive().basic("approver", "approver").get("/api/v1/rulesets")
                .then().statusCode(429);
        from(customs).auth().preemptive().basic("approver", "approver").get("/api/v1/rulesets")
                .then().statusCode(200);
    }

    @Test
    void theSignInFormIsThrottledWithA429PageAndAcceptsTheRightPasswordAfterTheWindow() {
        String address = address();
        for (int i = 0; i < 3; i++) {
            from(address).formParam("j_username", "author2").formParam("j_password", "guess" + i)
                    .post("/j_security_check").then().statusCode(302)
                    .header("Location", containsString("/console/login?error=true"));
        }
        from(address).formParam("j_username", "author2").formParam("j_password", "author2")
                .post("/j_security_check").then().statusCode(429).contentType(containsString("text/html"))
                .header("Retry-After", matchesPattern("[12]")).body(containsString("id=\"login-throttled\""));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).until(() ->
                ("http://localhost:" + RestAssured.port + "/console").equals(from(address)
                        .formParam("j_username", "author2").formParam("j_password", "author2")
                        .post("/j_security_check").header("Location")));
    }
}
