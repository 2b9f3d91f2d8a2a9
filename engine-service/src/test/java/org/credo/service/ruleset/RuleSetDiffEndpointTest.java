package org.credo.service.ruleset;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.credo.zone.ZoneRuleSet;
import org.junit.jupiter.api.Test;

import static org.credo.service.ruleset.RuleSetCalls.RULESETS;
import static org.credo.service.ruleset.RuleSetCalls.active;
import static org.credo.service.ruleset.RuleSetCalls.as;
import static org.credo.service.ruleset.RuleSetCalls.uploaded;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class RuleSetDiffEndpointTest {
    private static final String SHIPPED = ZoneRuleSet.shippedBundle().versionId();

    @Test
    void aDraftThatChangesOneInspectionRateDiffersFromTheShippedVersionInExactlyThatCell() {
        String draft = uploaded(Bundles.inspectionVariant("0.07"));
        as("approver").get(RULESETS + "/" + draft + "/diff?against=" + SHIPPED).then().statusCode(200)
                .body("from", equalTo(SHIPPED))
                .body("to", equalTo(draft))
                .body("manifest.name", contains("description"))
                .body("files.path", contains("dmn/inspection.dmn"))
                .body("files[0].change", equalTo("CHANGED"))
                .body("drlRules", empty())
                .body("decisions.size()", equalTo(1))
                .body("decisions[0].model", equalTo("Inspection"))
                .body("decisions[0].name", equalTo("regular rate table"))
                .body("decisions[0].change", equalTo("CHANGED"))
                .body("decisions[0].properties", empty())
                .body("decisions[0].rules.size()", equalTo(1))
                .body("decisions[0].rules[0].ruleId", equalTo("INS-REG-EX-GT-H"))
                .body("decisions[0].rules[0].change", equalTo("CHANGED"))
                .body("decisions[0].rules[0].legalBasis", startsWith("Parameter default"))
                .body("decisions[0].rules[0].cells.size()", equalTo(1))
                .body("decisions[0].rules[0].cells[0].kind", equalTo("OUTPUT"))
                .body("decisions[0].rules[0].cells[0].column", equalTo("regular rate table"))
                .body("decisions[0].rules[0].cells[0].before", equalTo(Bundles.SHIPPED_RATE))
                .body("decisions[0].rules[0].cells[0].after", equalTo("0.07"));
    }

    @Test
    void withoutAgainstTheDiffIsAgainstTheActiveVersionAndAVersionAgainstItselfIsEmpty() {
        String draft = uploaded(Bundles.inspectionVariant("0.06"));
        as("auditor").get(RULESETS + "/" + draft + "/diff").then().statusCode(200)
                .body("from", equalTo(active()))
                .body("to", equalTo(draft));
        as("customs").get(RULESETS + "/" + draft + "/diff?against=" + draft).then().statusCode(200)
                .body("manifest", empty()).body("files", empty()).body("decisions", empty())
                .body("drlRules", empty());
    }

    @Test
    void anUnknownVersionIs404AndAMalformedOneIs400NamingTheParameter() {
        String unknown = "0".repeat(64);
        as("auditor").get(RULESETS + "/" + unknown + "/diff?against=" + SHIPPED).then().statusCode(404)
                .contentType("application/problem+json");
        as("auditor").get(RULESETS + "/" + SHIPPED + "/diff?against=" + unknown).then().statusCode(404)
                .contentType("application/problem+json");
        as("auditor").get(RULESETS + "/not-a-version/diff").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("version"));
        as("auditor").get(RULESETS + "/" + SHIPPED + "/diff?against=ABC").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("against"));
    }

    @Test
    void theDiffNeedsASignedInUser() {
        RestAssured.get(RULESETS + "/" + SHIPPED + "/diff").then().statusCode(401);
    }
}
