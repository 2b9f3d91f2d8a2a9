package org.credo.service.console;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.credo.service.Api;
import org.credo.service.ruleset.RuleSetLifecycle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console end to end in Debian's headless Chromium, once per language: a rule author uploads a bundle with an
 * error and sees it located, uploads a good one; an approver (not the author) approves and activates it; customs
 * decides a declaration with it; an auditor finds the decision, reads its trace and replays it; the approver rolls
 * back. The browser prefers Chinese; the English run switches with the language switch, which then sticks.
 */
@QuarkusTest
class ConsoleJourneyTest {
    @TestHTTPResource("/")
    URL root;

    @Inject
    RuleSetLifecycle lifecycle;

    @BeforeEach
    void chromium() {
        ConsoleBrowser.requireChromium();
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource({"zh, zh-CN, 规则集, 未通过校验, 测试场景, 海关总署令第",
                "en, en, Rule sets, does not validate, Test scenarios, GACC Order"})
    void authorUploadsApproverActivatesCustomsDecidesAuditorTracesAndReplays(String lang, String htmlLang,
                                                                             String ruleSetsTab, String notValid,
                                                                             String scenariosHeading,
                                                                             String legalBasisInPageLanguage) {
        String before = lifecycle.deciding().version();
        String enterprise = Api.newEnterprise();
        Api.customs().body("""
                {"name": "漳州测试跨境电商有限公司", "enterpriseKind": "NON_BROKER", "advancedCertified": false,
                 "priorYearDocumentCount": 5000}""").put("/api/v1/enterprises/" + enterprise).then().statusCode(200);
        String switchTo = lang.equals("zh") ? null : lang;
        try (var browser = ConsoleBrowser.open(root, "zh-CN,zh")) {
            browser.signIn("author", switchTo);
            assertThat(browser.pageLanguage()).isEqualTo(htmlLang);
            assertThat(browser.find(By.id("nav-rulesets")).getText()).isEqualTo(ruleSetsTab);

            browser.click(By.id("nav-rulesets"));
            browser.waitFor(By.id("bundle-file")).sendKeys(ConsoleBundles.broken(lang).toString());
            browser.click(By.id("upload"));
            browser.waitFor(By.id("problems"));
            assertThat(browser.find(By.cssSelector("#validation-report h2")).getText()).contains(notValid);
            WebElement error = browser.findAll(By.cssSelector("#problems tr.problem")).stream()
                    .filter(row -> row.getText().contains("DRL_COMPILE")).findFirst().orElseThrow();
            assertThat(error.findElement(By.className("problem-file")).getText()).isEqualTo(ConsoleBundles.BROKEN_FILE);
            assertThat(error.findElement(By.className("problem-location")).getText())
                    .contains(Integer.toString(ConsoleBundles.brokenLine()));

            browser.waitFor(By.id("bundle-file")).sendKeys(ConsoleBundles.valid(lang).toString());
            browser.click(By.id("upload"));
            browser.waitForText(By.id("version-state"), "DRAFT");
            String version = browser.find(By.id("version-id")).getText();
            assertThat(browser.find(By.id("version-author")).getText()).isEqualTo("author");
            assertThat(browser.findAll(By.id("approve"))).as("an author sees no approve button").isEmpty();
            assertThat(browser.findAll(By.cssSelector("table.dmn")).size()).isGreaterThan(5);
            assertThat(browser.find(By.tagName("body")).getText()).contains(scenariosHeading);
            browser.click(By.id("run-scenarios"));
            browser.waitFor(By.id("scenario-summary"));
            assertThat(browser.find(By.id("scenario-summary")).getAttribute("class")).contains("ok");
            browser.signOut();

            browser.signIn("approver", null);
            browser.get("/console/rulesets/" + version);
            browser.click(By.id("approve"));
            browser.waitForText(By.id("version-state"), "APPROVED");
            assertThat(browser.find(By.id("version-approver")).getText()).isEqualTo("approver");
            browser.click(By.id("activate"));
            browser.waitForText(By.id("version-state"), "ACTIVE");
            assertThat(lifecycle.deciding().version()).isEqualTo(version);
            browser.signOut();

            browser.signIn("customs", null);
            assertThat(browser.findAll(By.id("nav-decisions"))).as("customs is no auditor").isEmpty();
            browser.click(By.id("nav-decide"));
            browser.type(By.id("d-declarationId"), Api.unique("CONSOLE").replace("-", "").substring(0, 30));
            browser.type(By.id("d-enterpriseId"), enterprise);
            browser.type(By.id("d-declaredValueCny"), "5200.00");
            browser.type(By.id("d-hsCode"), "0306170000");
            browser.set(By.id("d-declarationDate"), "2026-11-20");
            browser.click(By.id("decide"));
            String decisionId = browser.waitFor(By.id("decided-id")).getText();
            assertThat(browser.find(By.id("decided")).getText()).contains(version.substring(0, 12));
            browser.signOut();

            browser.signIn("auditor", null);
            browser.click(By.id("nav-decisions"));
            browser.type(By.id("f-enterprise"), enterprise);
            browser.click(By.id("search"));
            browser.click(By.cssSelector("tr[data-decision-id='" + decisionId + "'] a.open-decision"));
            assertThat(browser.waitFor(By.id("decision-id")).getText()).isEqualTo(decisionId);
            List<WebElement> matched = browser.findAll(By.cssSelector("#trace .matched-rule"));
            assertThat(matched).isNotEmpty();
            assertThat(browser.find(By.id("trace")).getText()).contains(legalBasisInPageLanguage).contains("CC-");
            browser.waitFor(By.id("chain-valid"));
            browser.click(By.id("replay"));
            browser.waitFor(By.id("replay-identical"));
            browser.signOut();

            browser.signIn("approver", null);
            browser.get("/console/rulesets/" + before);
            browser.click(By.id("activate"));
            browser.waitForText(By.id("version-state"), "ACTIVE");
            assertThat(lifecycle.deciding().version()).as("rolled back").isEqualTo(before);
        } finally {
            if (!lifecycle.deciding().version().equals(before)) {
                lifecycle.activate(before, "approver");
            }
        }
    }
}
