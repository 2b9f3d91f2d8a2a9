package org.credo.service.console;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.credo.service.Api;
import org.credo.service.ruleset.RuleSetLifecycle;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The console over plain HTTP, no browser: sign-in, the language choice, and the server checking every role again
 * whatever the pages show. The API keeps answering HTTP Basic and 401 problem+json beside it.
 */
@QuarkusTest
class ConsoleHttpTest {
    @Inject
    RuleSetLifecycle lifecycle;

    /** A client signed in through the console's form, keeping its cookies and sending the CSRF token. */
    private static RequestSpecification signedIn(String user) {
        return ConsoleClient.signIn(user).withToken();
    }

    @Test
    void aConsolePageWithoutSessionRedirectsToTheSignInForm() {
        RestAssured.given().redirects().follow(false).get("/console/decisions")
                .then().statusCode(302).header("Location", endsWith("/console/login"));
    }

    @Test
    void theApiStillAnswersBasicAnd401ProblemJsonBesideTheConsole() {
        RestAssured.given().get("/api/v1/decisions").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", startsWith("Basic"));
        RestAssured.given().auth().preemptive().basic("auditor", "auditor").get("/api/v1/audit/verify")
                .then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void aWrongPasswordReturnsToTheFormWithTheError() {
        RestAssured.given().redirects().follow(false).formParam("j_username", "auditor")
                .formParam("j_password", "wrong").post("/j_security_check")
                .then().statusCode(302).header("Location", containsString("/console/login?error=true"));
    }

    @Test
    void theBrowsersLanguagePicksChineseOrEnglish() {
        RestAssured.given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").get("/console/login")
                .then().statusCode(200).body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("登录"));
        RestAssured.given().header("Accept-Language", "en-GB,en;q=0.9").get("/console/login")
                .then().statusCode(200).body(containsString("<html lang=\"en\">"))
                .body(containsString("Sign in"));
        RestAssured.given().header("Accept-Language", "fr-FR").get("/console/login")
                .then().statusCode(200).body(containsString("<html lang=\"en\">"));
    }

    @Test
    void theSwitchOverridesTheBrowserAndIsRememberedInACookie() {
        RestAssured.given().header("Accept-Language", "zh-CN").get("/console/login?lang=en")
                .then().statusCode(200).body(containsString("<html lang=\"en\">"))
                .cookie(ConsoleLanguage.COOKIE, "en");
        RestAssured.given().header("Accept-Language", "en").cookie(ConsoleLanguage.COOKIE, "zh")
                .get("/console/login").then().statusCode(200).body(containsString("<html lang=\"zh-CN\">"));
    }

    @Test
    void regulationTermsStandBesideTheCodesInBothLanguages() {
        for (String lang : new String[]{"zh", "en"}) {
            signedIn("author").get("/console/rulesets/" + lifecycle.deciding().version() + "?lang=" + lang)
                    .then().statusCode(200).body(containsString("生效</span> <code class=\"code\">ACTIVE</code>"));
        }
    }

    @Test
    void theVersionPageShowsEachDecisionTableWithItsHitPolicyRulesAndAnnotations() {
        signedIn("author").get("/console/rulesets/" + lifecycle.deciding().version() + "?lang=en")
                .then().statusCode(200)
                .body(containsString("<strong>regular rate table</strong> <span class=\"muted\">· hit policy UNIQUE"))
                .body(containsString("<td class=\"in mono\">&quot;0110&quot;,&quot;9710&quot;,&quot;9810&quot;</td>"
                        + "<td class=\"in mono\">EXPORT</td><td class=\"in mono\">LOW</td>"))
                .body(containsString("<td class=\"ann\">INS-REG-EX-GT-L</td>"));
    }

    @Test
    void pagesOfAnotherRoleAre403PagesNotProblemJson() {
        signedIn("customs").get("/console/decisions").then().statusCode(403)
                .contentType(containsString("text/html")).body(containsString("id=\"error-page\""));
        signedIn("auditor").get("/console/decide").then().statusCode(403)
                .contentType(containsString("text/html"));
    }

    @Test
    void theServerRefusesAnActionItsPageDoesNotOffer() {
        String version = lifecycle.deciding().version();
        signedIn("author").get("/console/rulesets/" + version).then().statusCode(200)
                .body(not(containsString("id=\"activate\"")));
        signedIn("author").post("/console/rulesets/" + version + "/activate").then().statusCode(403);
        signedIn("customs").post("/console/rulesets/" + version + "/approve").then().statusCode(403);
        signedIn("auditor").post("/console/rulesets/" + version + "/test").then().statusCode(403);
    }

    @Test
    void aSimulationFromTheVersionPageIsPolledUntilItsReportAndItsCancelFormNeedsTheToken() {
        String version = lifecycle.deciding().version();
        var auditor = ConsoleClient.signIn("auditor");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String started = auditor.withToken().formParam("from", today.minusDays(1).toString())
                .formParam("to", today.toString()).post("/console/rulesets/" + version + "/simulate")
                .then().statusCode(200).extract().asString();
        Matcher job = Pattern.compile("data-job=\"([^\"]+)\"").matcher(started);
        assertThat(job.find()).as("the fragment names its job: %s", started).isTrue();
        String jobPage = "/console/rulesets/" + version + "/simulations/" + job.group(1);

        await().atMost(Duration.ofSeconds(60)).until(() -> auditor.withToken().get(jobPage).then().statusCode(200)
                .extract().asString().contains("data-status=\"done\""));
        auditor.withToken().get(jobPage).then().body(containsString("id=\"simulation-summary\""))
                .body(not(containsString("hx-get"))).body(not(containsString("id=\"cancel-simulation\"")));
        auditor.cookiesOnly().post(jobPage + "/cancel").then().statusCode(400);
        auditor.withToken().post(jobPage + "/cancel").then().statusCode(200)
                .body(containsString("data-status=\"done\""));
        signedIn("customs").get(jobPage).then().statusCode(403);
        signedIn("auditor").get("/console/rulesets/" + version + "/simulations/no-such-job").then().statusCode(404);
    }

    @Test
    void signingOutEndsTheSession() {
        var client = ConsoleClient.signIn("auditor");
        client.withToken().post("/console/logout").then().statusCode(303);
        client.cookiesOnly().get("/console/decisions")
                .then().statusCode(302).header("Location", endsWith("/console/login"));
    }

    @Test
    void searchingByOutcomeFindsThatOutcomeOnly() {
        String enterprise = Api.newEnterprise();
        String credit = Api.customs().body("""
                {"enterpriseId": "%s", "enterpriseKind": "NON_BROKER", "advancedCertified": false,
                 "priorYearDocumentCount": 100, "asOf": "2026-06-30", "events": []}""".formatted(enterprise))
                .post("/api/v1/decisions/credit-classification").then().statusCode(200)
                .extract().path("decisionId");
        String inspection = Api.customs()
                .body(Api.inspection(Api.unique("OUT").substring(0, 30),
                        enterprise, "2026-06-30"))
                .post("/api/v1/decisions/inspection").then().statusCode(200).extract().path("decisionId");
        signedIn("auditor").get("/console/decisions?enterpriseId=" + enterprise + "&outcome=REGULAR")
                .then().statusCode(200).body(containsString(credit)).body(not(containsString(inspection)));
        signedIn("auditor").get("/console/decisions?enterpriseId=" + enterprise)
                .then().statusCode(200).body(containsString(credit)).body(containsString(inspection));
    }

    @Test
    void aDecisionPageNamesEachRuleInThePagesLanguage() {
        String decision = Api.customs().body("""
                {"enterpriseId": "%s", "enterpriseKind": "NON_BROKER", "advancedCertified": false,
                 "priorYearDocumentCount": 100, "asOf": "2025-06-30", "events": []}""".formatted(Api.newEnterprise()))
                .post("/api/v1/decisions/credit-classification").then().statusCode(200)
                .extract().path("decisionId");
        signedIn("auditor").get("/console/decisions/" + decision + "?lang=zh").then().statusCode(200)
                .body(containsString("海关总署令第251号《中华人民共和国海关注册登记和备案企业信用管理办法》第十条"))
                .body(containsString("其他无持续失信情形的企业为常规管理措施企业"))
                .body(not(containsString("GACC Order 251, Art. 10")));
        signedIn("auditor").get("/console/decisions/" + decision + "?lang=en").then().statusCode(200)
                .body(containsString("GACC Order 251, Art. 10"))
                .body(not(containsString("其他无持续失信情形的企业为常规管理措施企业")));
    }

    @Test
    void anAuditorExportsARangeAsCsvInChainOrder() {
        signedIn("auditor").get("/console/decisions/export?from=2020-01-01&to=2099-12-31&format=csv")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(startsWith("sequence,decisionId,type"));
    }

    @Test
    void anInvalidDeclarationIsShownWithItsFieldAndNotDecided() {
        signedIn("customs").formParam("declarationId", "D-CONSOLE-1")
                .formParam("enterpriseId", Api.newEnterprise()).formParam("customsMode", "9610")
                .formParam("direction", "IMPORT").formParam("declaredValueCny", "-5")
                .formParam("hsCode", "03").formParam("declarationDate", "2026-11-20")
                .post("/console/decide").then().statusCode(200)
                .body(containsString("id=\"violations\"")).body(containsString("hsCode"))
                .body(containsString("declaredValueCny")).body(not(containsString("id=\"decided-id\"")));
    }
}
