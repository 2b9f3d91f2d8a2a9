package org.credo.service.console;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.credo.service.Api;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The screenshots of {@code docs/console.md}: the main pages with a seeded history, in English and Chinese. Runs only
 * when asked, with {@code -Dcredo.console.screenshots=<directory>}; otherwise it skips, saying so.
 */
@QuarkusTest
class ConsoleScreenshots {
    private static final String DIRECTORY = System.getProperty("credo.console.screenshots", "");

    @TestHTTPResource("/")
    URL root;

    @Test
    void mainPagesInBothLanguages() {
        Assumptions.assumeFalse(DIRECTORY.isBlank(),
                "screenshots are taken only with -Dcredo.console.screenshots=<directory>");
        ConsoleBrowser.requireChromium();
        Path out = Path.of(DIRECTORY);
        String dishonest = enterprise("漳州东港跨境贸易有限公司", true);
        Api.customs().body("""
                {"eventId": "%s", "type": "SMUGGLING_ADMIN_PENALTY", "occurredOn": "2026-05-01",
                 "amountCny": 1000.00, "subjectiveIntent": true}""".formatted(Api.unique("EV")))
                .post("/api/v1/enterprises/" + dishonest + "/events").then().statusCode(201);
        String advanced = enterprise("厦门象屿综保跨境供应链有限公司", true);
        String regular = enterprise("漳州古雷石化物流有限公司", false);
        String unknown = Api.newEnterprise();
        for (String enterprise : List.of(dishonest, advanced, regular, unknown)) {
            inspections(enterprise, 120);
        }
        for (String enterprise : List.of(dishonest, advanced, regular)) {
            Api.customs().post("/api/v1/enterprises/" + enterprise + "/credit?asOf=2026-11-20").then().statusCode(200);
        }
        for (int i = 0; i < 6; i++) {
            Api.customs().body("""
                    {"enterpriseId": "%s", "smallMicroCbec": true, "annualReceiptsUsd": %d, "annualPaymentsUsd": 0,
                     "registered": false}""".formatted(regular, 150_000 + i * 20_000))
                    .post("/api/v1/decisions/fx-registration").then().statusCode(200);
            Api.customs().body("""
                    {"orderValueCny": %d, "itemCount": 1, "annualUsedCny": 3000, "vatRate": 0.13,
                     "consumptionTaxRate": 0}""".formatted(1000 + i * 1500))
                    .post("/api/v1/decisions/retail-import").then().statusCode(200);
        }

        try (var browser = ConsoleBrowser.open(root, "en")) {
            browser.get("/console/login?lang=zh");
            browser.waitFor(By.id("login-form"));
            browser.screenshot(out.resolve("login-zh.png"));

            browser.signIn("author", "en");
            browser.click(By.id("nav-overview"));
            browser.waitFor(By.id("active-version"));
            browser.screenshot(out.resolve("overview-en.png"));
            browser.get("/console?lang=zh");
            browser.waitFor(By.id("active-version"));
            browser.screenshot(out.resolve("overview-zh.png"));
            browser.get("/console/rulesets?lang=en");
            browser.waitFor(By.id("bundle-file")).sendKeys(ConsoleBundles.broken("screenshot").toString());
            browser.click(By.id("upload"));
            browser.waitFor(By.id("problems"));
            browser.screenshot(out.resolve("upload-report-en.png"));
            browser.click(By.cssSelector("#versions a"));
            browser.waitFor(By.id("version-state"));
            browser.click(By.id("run-scenarios"));
            browser.waitFor(By.id("scenario-summary"));
            browser.screenshot(out.resolve("ruleset-en.png"));
            browser.get(browser.currentPath() + (browser.currentPath().contains("?") ? "&" : "?") + "lang=zh");
            browser.waitFor(By.id("version-state"));
            browser.screenshot(out.resolve("ruleset-zh.png"));
            browser.signOut();

            browser.signIn("auditor", "en");
            browser.click(By.id("nav-decisions"));
            browser.type(By.id("f-enterprise"), dishonest);
            browser.click(By.id("search"));
            browser.waitFor(By.id("chain-valid"));
            browser.screenshot(out.resolve("decisions-en.png"));
            browser.click(By.cssSelector("#results a.open-decision"));
            browser.waitFor(By.id("trace"));
            browser.click(By.id("replay"));
            browser.waitFor(By.id("replay-identical"));
            browser.screenshot(out.resolve("decision-en.png"));
            browser.get(browser.currentPath() + "?lang=zh");
            browser.waitFor(By.id("chain-valid"));
            browser.screenshot(out.resolve("decision-zh.png"));
            browser.get("/console/enterprises/" + dishonest);
            browser.waitFor(By.id("history"));
            browser.screenshot(out.resolve("enterprise-zh.png"));
            browser.get("/console/enterprises/" + dishonest + "?lang=en");
            browser.waitFor(By.id("history"));
            browser.screenshot(out.resolve("enterprise-en.png"));
        }
    }

    private static String enterprise(String name, boolean advancedCertified) {
        String id = Api.newEnterprise();
        Api.customs().body("""
                {"name": "%s", "enterpriseKind": "NON_BROKER", "advancedCertified": %s,
                 "priorYearDocumentCount": 12000}""".formatted(name, advancedCertified))
                .put("/api/v1/enterprises/" + id).then().statusCode(200);
        return id;
    }

    private static void inspections(String enterprise, int count) {
        String[] modes = {"9610", "9710", "9810", "1210"};
        var declarations = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            declarations.add("""
                    {"declarationId": "%s", "enterpriseId": "%s", "customsMode": "%s", "direction": "%s",
                     "declaredValueCny": %d, "hsCode": "%s", "declarationDate": "2026-11-20"}"""
                    .formatted(Api.unique("SHOT").substring(0, 30), enterprise, modes[i % modes.length],
                            i % 3 == 0 ? "IMPORT" : "EXPORT", 800 + i * 37, i % 2 == 0 ? "0306170000" : "8517130000"));
        }
        Api.customs().body("{\"declarations\": [" + String.join(",", declarations) + "]}")
                .post("/api/v1/decisions/inspection/batch").then().statusCode(200);
    }
}
