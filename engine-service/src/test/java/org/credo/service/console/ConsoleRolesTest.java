package org.credo.service.console;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import java.net.URL;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each demo account signs in through the browser, comes back to the page it asked for (the auditors' search: a 403
 * page for the other roles) and sees the sections of its role, and no others.
 */
@QuarkusTest
class ConsoleRolesTest {
    private static final List<String> SECTIONS = List.of("nav-overview", "nav-rulesets", "nav-decisions",
            "nav-decide", "nav-enterprises");

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void chromium() {
        ConsoleBrowser.requireChromium();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = ';', value = {
            "customs; decision-client; nav-overview nav-rulesets nav-decide nav-enterprises; false",
            "author; rule-author; nav-overview nav-rulesets nav-enterprises; true",
            "approver; rule-approver; nav-overview nav-rulesets nav-enterprises; false",
            "auditor; auditor; nav-overview nav-rulesets nav-decisions nav-enterprises; false"})
    void eachRoleSeesItsSections(String user, String role, String sections, boolean mayUpload) {
        try (var browser = ConsoleBrowser.open(root, "en")) {
            browser.get("/console/decisions");
            browser.waitFor(By.id("login-form"));
            browser.signIn(user, null);
            assertThat(browser.find(By.id("signed-in-user")).getText()).contains(role);
            browser.waitFor(By.id(role.equals("auditor") ? "search-form" : "error-page"));
            List<String> expected = Arrays.asList(sections.split(" "));
            for (String section : SECTIONS) {
                assertThat(browser.findAll(By.id(section))).as(section).hasSize(expected.contains(section) ? 1 : 0);
            }
            browser.click(By.id("nav-overview"));
            browser.waitFor(By.id("active-version"));
            browser.click(By.id("nav-rulesets"));
            browser.waitFor(By.id("versions"));
            assertThat(browser.findAll(By.id("upload-form"))).hasSize(mayUpload ? 1 : 0);
            browser.signOut();
        }
    }
}
