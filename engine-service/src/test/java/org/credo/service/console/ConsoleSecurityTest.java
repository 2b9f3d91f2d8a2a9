package org.credo.service.console;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.credo.service.Api;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The console against a forged request: a cross-origin post, a post without the CSRF token, a cookie replayed after
 * signing out, the API reached with the console's cookie; and the security headers on every answer.
 */
@QuarkusTest
class ConsoleSecurityTest {
    private static final Pattern HIDDEN_TOKEN = Pattern.compile(
            "name=\"csrf-token\" value=\"([A-Za-z0-9_-]+)\"");

    private static String draft() {
        try {
            byte[] zip = Files.readAllBytes(ConsoleBundles.valid("security"));
            return Api.as("author").contentType("application/zip").body(zip).post("/api/v1/rulesets")
                    .then().statusCode(201).extract().path("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String state(String version) {
        return Api.auditor().get("/api/v1/rulesets/" + version).then().statusCode(200).extract().path("state");
    }

    private static String origin() {
        return "http://localhost:" + RestAssured.port;
    }

    @Test
    void aCrossOriginPostWithAValidSessionAndTokenIsRefused() {
        String version = draft();
        var approver = ConsoleClient.signIn("approver");
        approver.withToken().header("Origin", "https://attacker.example").post("/console/rulesets/" + version
                + "/reject").then().statusCode(403).body("type", equalTo("urn:credo:problem:cross-origin"));
        approver.withToken().header("Referer", "https://attacker.example/page").post("/console/rulesets/" + version
                + "/reject").then().statusCode(403);
        approver.withToken().header("Origin", "null").post("/console/rulesets/" + version + "/reject")
                .then().statusCode(403);
        assertThat(state(version)).isEqualTo("DRAFT");
    }

    @Test
    void aCrossOriginSignInIsRefused() {
        RestAssured.given().redirects().follow(false).header("Origin", "https://attacker.example")
                .formParam("j_username", "approver").formParam("j_password", "approver")
                .post("/j_security_check").then().statusCode(403).header("Set-Cookie", nullValue());
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedWhateverItsContentType() {
        String version = draft();
        var approver = ConsoleClient.signIn("approver");
        String reject = "/console/rulesets/" + version + "/reject";
        approver.cookiesOnly().formParam("note", "x").post(reject).then().statusCode(400);
        approver.cookiesOnly().contentType("text/plain").body("x").post(reject).then().statusCode(400);
        approver.cookiesOnly().post(reject).then().statusCode(400);
        approver.cookiesOnly().header(ConsoleClient.CSRF_HEADER, "AAAAAAAAAAAAAAAAAAAAAA").post(reject)
                .then().statusCode(400);
        assertThat(state(version)).isEqualTo("DRAFT");
    }

    @Test
    void theFormsOwnHiddenTokenIsAcceptedFromTheSameOrigin() {
        String version = draft();
        var approver = ConsoleClient.signIn("approver");
        String page = approver.cookiesOnly().get("/console/rulesets/" + version).then().statusCode(200)
                .extract().asString();
        var token = HIDDEN_TOKEN.matcher(page);
        assertThat(token.find()).as("the reject form carries the CSRF token").isTrue();
        approver.cookiesOnly().header("Origin", origin()).formParam(ConsoleClient.CSRF_FIELD, token.group(1))
                .post("/console/rulesets/" + version + "/reject").then().statusCode(303);
        assertThat(state(version)).isEqualTo("REJECTED");
    }

    @Test
    void theOldCookiesAreRefusedAfterSigningOut() {
        var auditor = ConsoleClient.signIn("auditor");
        RestAssured.given().redirects().follow(false).cookies(auditor.signIn()).get("/console/decisions")
                .then().statusCode(200);
        auditor.withToken().post("/console/logout").then().statusCode(303)
                .header("Location", endsWith("/console/login"));
        RestAssured.given().redirects().follow(false).cookies(auditor.signIn()).get("/console/decisions")
                .then().statusCode(401);
    }

    @Test
    void theFormSessionCookieAloneIsNotASession() {
        var auditor = ConsoleClient.signIn("auditor");
        RestAssured.given().redirects().follow(false).cookie(auditor.signIn().get(SignInPage.SESSION_COOKIE))
                .get("/console/decisions").then().statusCode(401);
    }

    @Test
    void theApiDoesNotTakeTheConsolesCookies() {
        String version = draft();
        var approver = ConsoleClient.signIn("approver");
        approver.withToken().get("/api/v1/rulesets/" + version).then().statusCode(401);
        approver.withToken().post("/api/v1/rulesets/" + version + "/approve").then().statusCode(401);
        assertThat(state(version)).isEqualTo("DRAFT");
    }

    @Test
    void theBundleDownloadOfTheConsoleTakesItsSession() {
        String version = draft();
        ConsoleClient.signIn("auditor").cookiesOnly().get("/console/rulesets/" + version + "/bundle")
                .then().statusCode(200).contentType("application/zip");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        var auditor = ConsoleClient.signIn("auditor");
        hasSecurityHeaders(auditor.cookiesOnly().get("/console/decisions").then().statusCode(200));
        hasSecurityHeaders(RestAssured.given().get("/console/login").then().statusCode(200));
        hasSecurityHeaders(Api.auditor().get("/api/v1/audit/verify").then().statusCode(200));
        hasSecurityHeaders(RestAssured.given().get("/api/v1/decisions").then().statusCode(401));
        hasSecurityHeaders(RestAssured.given().get("/console/console.css").then().statusCode(200));
    }

    private static void hasSecurityHeaders(ValidatableResponse response) {
        response.header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void theConsolePagesHaveNoInlineScriptOrStyle() {
        var auditor = ConsoleClient.signIn("auditor");
        for (String page : new String[]{"/console", "/console/rulesets", "/console/decisions"}) {
            auditor.cookiesOnly().get(page).then().statusCode(200)
                    .body(not(containsString("<script>"))).body(not(containsString(" style=")))
                    .body(not(containsString("onchange="))).body(not(containsString("onclick=")));
        }
    }
}
