package org.credo.service.console;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.credo.core.Bundle;
import org.credo.service.ruleset.RuleSetLifecycle;
import org.credo.zone.ZoneRuleSet;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The approval page shows the approver what a draft changes against the active version, in both languages. */
@QuarkusTest
class ConsoleDiffTest {
    private static final String SHIPPED_CELL = "<outputEntry id=\"rule-ins-reg-ex-gt-h-out1\"><text>0.05</text>";

    @Inject
    RuleSetLifecycle lifecycle;

    @Test
    void theApprovalPageShowsTheChangedRateOldToNewWithTheRulesLegalBasisInEnglishAndChinese() {
        String draft = lifecycle.upload(variant("0.08"), "author").version().version();
        var approver = ConsoleClient.signIn("approver");
        approver.withToken().get("/console/rulesets/" + draft + "?lang=en").then().statusCode(200)
                .body(containsString("Changes against the active version"))
                .body(containsString("id=\"approve\""))
                .body(containsString("data-rule-id=\"INS-REG-EX-GT-H\""))
                .body(containsString("<strong>regular rate table</strong> <span class=\"muted\">(output)</span>: "
                        + "<span class=\"mono old\">0.05</span> → <span class=\"mono new\">0.08</span>"))
                .body(containsString("Parameter default; the regular average inspection rate is not public"))
                .body(containsString("<td class=\"mono\">description</td>"));
        approver.withToken().get("/console/rulesets/" + draft + "?lang=zh").then().statusCode(200)
                .body(containsString("与生效版本相比的变更"))
                .body(containsString("<span class=\"badge CHANGED\">修改</span>"))
                .body(containsString("(输出)"))
                .body(containsString("<span class=\"mono old\">0.05</span> → <span class=\"mono new\">0.08</span>"));
    }

    @Test
    void theActiveVersionsPageShowsNoDiff() {
        ConsoleClient.signIn("approver").withToken().get("/console/rulesets/" + lifecycle.deciding().version()
                + "?lang=en").then().statusCode(200).body(not(containsString("id=\"diff\"")));
    }

    /** The shipped bundle with the regular rate of general-trade export, high-risk goods, set to {@code rate}. */
    private static byte[] variant(String rate) {
        var files = new TreeMap<String, byte[]>(ZoneRuleSet.shippedBundle().files());
        String dmn = new String(files.get("dmn/inspection.dmn"), StandardCharsets.UTF_8);
        if (!dmn.contains(SHIPPED_CELL)) {
            throw new IllegalStateException("the shipped inspection DMN no longer holds " + SHIPPED_CELL);
        }
        files.put("dmn/inspection.dmn", dmn.replace(SHIPPED_CELL, SHIPPED_CELL.replace("0.05", rate))
                .getBytes(StandardCharsets.UTF_8));
        String manifest = new String(files.get("ruleset.json"), StandardCharsets.UTF_8);
        files.put("ruleset.json", manifest.replaceFirst("\"description\": \"", "\"description\": \"console diff "
                + UUID.randomUUID() + ": ").getBytes(StandardCharsets.UTF_8));
        return Bundle.of(files).toZip();
    }
}
