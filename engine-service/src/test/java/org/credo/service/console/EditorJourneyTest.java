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
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.net.URL;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DMN editor end to end in Debian's headless Chromium, once per language: a rule author opens the inspection
 * model's regular rate table, changes a rate, saves, sees the invalid entry located on its row and cell, fixes it and
 * saves a draft; an approver (a second person) sees the changed cell in the diff, approves and activates it; a
 * decision made afterwards carries the new rate in its trace. With {@code -Dcredo.console.screenshots=<directory>} it also takes the screenshots of
 * docs/authoring.md.
 */
@QuarkusTest
class EditorJourneyTest {
    private static final String SCREENSHOTS = System.getProperty("credo.console.screenshots", "");
    /** The file the editor opens first: the first of the version's DMN files in path order. */
    private static final String FIRST_FILE = "dmn/credit-measures.dmn";
    private static final String TABLE = "bkm-regular-rate-table";
    /** The regular rate of medium-risk 9610 exports (0.015 as shipped). */
    private static final String RATE = "td[data-element-id='rule-ins-reg-ex-cb-m-out1']";

    @TestHTTPResource("/")
    URL root;

    @Inject
    RuleSetLifecycle lifecycle;

    @BeforeEach
    void chromium() {
        ConsoleBrowser.requireChromium();
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource({"zh, 0.0171, 保存为草稿, 未通过校验", "en, 0.0172, Save as draft, does not validate"})
    void anAuthorEditsARateInTheBrowserAndASecondPersonApprovesIt(String lang, String rate, String saveLabel,
                                                                  String refused) {
        String before = lifecycle.deciding().version();
        try (var browser = ConsoleBrowser.open(root, "zh-CN,zh")) {
            browser.signIn("author", lang.equals("zh") ? null : lang);
            browser.get("/console/rulesets/" + before);
            browser.click(By.id("open-editor"));
            ready(browser, FIRST_FILE);
            assertThat(browser.find(By.id("save-draft")).getText()).isEqualTo(saveLabel);
            browser.click(By.cssSelector(".dmn-file[data-file='dmn/inspection.dmn']"));
            ready(browser, "dmn/inspection.dmn");
            browser.click(By.cssSelector(".dmn-view[data-view-id='" + TABLE + "']"));
            assertThat(browser.waitFor(By.cssSelector(RATE)).getText()).isEqualTo("0.015");
            assertThat(browser.find(By.cssSelector("#dmn-annotations tr[data-rule-id='rule-ins-reg-ex-cb-m'] "
                    + "input[name='ruleId']")).getAttribute("value")).as("the rule's annotation columns")
                    .isEqualTo("INS-REG-EX-CB-M");
            shoot(browser, "editor-table-" + lang);

            typeInto(browser, RATE, "0.0x" + rate.substring(3));
            browser.click(By.id("save-draft"));
            browser.waitFor(By.cssSelector("#editor-problem-rows tr.problem"));
            assertThat(browser.find(By.id("save-status")).getText()).contains(refused);
            assertThat(browser.find(By.cssSelector("#editor-problem-rows tr.problem")).getText())
                    .contains("FEEL_SYNTAX").contains("dmn/inspection.dmn").contains("rule-ins-reg-ex-cb-m-out1");
            assertThat(browser.script("return getComputedStyle(document.querySelector(arguments[0])).outlineStyle",
                    RATE)).as("the refused cell is outlined").isEqualTo("solid");
            assertThat(browser.script("return getComputedStyle(document.querySelector(arguments[0]))"
                    + ".backgroundColor", "td[data-row-id='rule-ins-reg-ex-cb-m']"))
                    .as("its rule's row is marked").isEqualTo("rgb(253, 226, 226)");
            shoot(browser, "editor-problem-" + lang);

            typeInto(browser, RATE, rate);
            browser.click(By.id("save-draft"));
            browser.waitFor(By.id("notice"));
            String draft = browser.find(By.id("version-id")).getText();
            assertThat(draft).isNotEqualTo(before);
            assertThat(browser.find(By.id("version-state")).getText()).contains("DRAFT");
            ready(browser, FIRST_FILE);
            browser.click(By.id("run-scenarios"));
            assertThat(browser.waitFor(By.id("scenario-summary")).getAttribute("class"))
                    .as("the scenario pinning 0.015 fails").contains("bad");
            assertThat(browser.find(By.id("scenario-report")).getText()).contains("expected 0.015, got " + rate);
            assertThat(browser.browserErrors()).as("no script refused or failed")
                    .noneMatch(e -> e.contains("script-src") || e.contains("Uncaught"));
            browser.signOut();

            browser.signIn("approver", null);
            browser.get("/console/rulesets/" + draft);
            assertThat(browser.find(By.cssSelector("#diff tr.diff-rule[data-rule-id='INS-REG-EX-CB-M']")).getText())
                    .as("the approver sees the rate changed against the active version").contains("0.015")
                    .contains(rate);
            assertThat(browser.driver().findElements(By.cssSelector("#diff tr.diff-rule")))
                    .as("the browser's save changed that one rule and kept every other (Chinese columns included)")
                    .hasSize(1);
            browser.click(By.id("approve"));
            browser.waitForText(By.id("version-state"), "APPROVED");
            browser.click(By.id("activate"));
            browser.waitForText(By.id("version-state"), "ACTIVE");
            assertThat(lifecycle.deciding().version()).isEqualTo(draft);
            browser.signOut();

            String decisionId = Api.customs().body("""
                    {"declarationId": "%s", "enterpriseId": "%s", "customsMode": "9610", "direction": "EXPORT",
                     "declaredValueCny": 5200.00, "hsCode": "2710122000", "declarationDate": "2026-11-20"}"""
                    .formatted(Api.unique("EDITOR").substring(0, 30), Api.newEnterprise()))
                    .post("/api/v1/decisions/inspection").then().statusCode(200).extract().path("decisionId");
            browser.signIn("auditor", null);
            browser.get("/console/decisions/" + decisionId);
            assertThat(browser.waitFor(By.id("trace")).getText()).contains("INS-REG-EX-CB-M").contains(rate);
        } finally {
            if (!lifecycle.deciding().version().equals(before)) {
                lifecycle.activate(before, "approver");
            }
        }
    }

    /** Replaces a decision-table cell's text as a person does: click into it, select all, type. */
    private static void typeInto(ConsoleBrowser browser, String cell, String text) {
        browser.click(By.cssSelector(cell));
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(text)
                .perform();
        browser.click(By.id("version-id"));
        browser.waitUntil("var c = document.querySelector(arguments[0]); "
                + "return c !== null && c.textContent.trim() === arguments[1]", cell, text);
    }

    private static void ready(ConsoleBrowser browser, String file) {
        browser.waitUntil("return document.getElementById('dmn-editor').dataset.ready === arguments[0]", file);
    }

    private static void shoot(ConsoleBrowser browser, String name) {
        if (!SCREENSHOTS.isBlank()) {
            browser.screenshot(Path.of(SCREENSHOTS, name + ".png"));
        }
    }
}
