package org.credo.service.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.credo.core.Bundle;
import org.credo.service.Api;
import org.credo.service.Endpoints;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credo.service.ruleset.RuleSetCalls.RULESETS;
import static org.credo.service.ruleset.RuleSetCalls.active;
import static org.credo.service.ruleset.RuleSetCalls.as;
import static org.hamcrest.Matchers.equalTo;

/** A stored decision kept as a scenario of a new draft: "this decision must stay as it is". */
@QuarkusTest
class KeptDecisionTest {
    private static final String FILE = "scenarios/kept-fx-registration.scenarios.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aKeptDecisionBecomesAScenarioOfANewDraftThatPassesAndCannotBeKeptTwice() throws IOException {
        String decisionId = decided("fx-registration", Endpoints.FX_REGISTRATION);
        JsonNode record = JSON.readTree(Api.auditor().get("/api/v1/decisions/" + decisionId).then().statusCode(200)
                .extract().asString());
        String source = active();

        String draft = as("author").post(RULESETS + "/" + source + "/kept-decisions/" + decisionId).then()
                .statusCode(201).body("state", equalTo("DRAFT")).extract().path("version");

        Bundle bundle = Bundle.fromZip(as("author").get(RULESETS + "/" + draft + "/bundle").then().statusCode(200)
                .extract().asByteArray());
        JsonNode kept = JSON.readTree(bundle.files().get(FILE));
        assertThat(kept.path("decision").asText()).isEqualTo("fx-registration");
        JsonNode scenario = kept.path("scenarios").get(0);
        assertThat(scenario.path("name").asText()).contains(decisionId);
        assertThat(scenario.path("asOf").asText()).isEqualTo(record.path("asOf").asText());
        assertThat(scenario.path("inputs")).isEqualTo(record.path("inputs"));
        assertThat(scenario.path("expected")).isEqualTo(record.path("outputs"));
        assertThat(scenario.path("expectedRules")).isNotEmpty();
        assertThat(JSON.readTree(bundle.files().get("ruleset.json")).path("files").toString()).contains(FILE);
        Bundle original = Bundle.fromZip(as("author").get(RULESETS + "/" + source + "/bundle").then()
                .extract().asByteArray());
        original.files().forEach((path, content) -> {
            if (!path.equals("ruleset.json")) {
                assertThat(bundle.files().get(path)).as(path + " unchanged").isEqualTo(content);
            }
        });

        as("author").post(RULESETS + "/" + draft + "/test").then().statusCode(200)
                .body("allPassed", equalTo(true));
        as("author").post(RULESETS + "/" + draft + "/kept-decisions/" + decisionId).then().statusCode(409);
    }

    @Test
    void anInspectionDecidedOnTheRegistrysFactsCannotBeKept() {
        String decisionId = decided("inspection", Api.inspection(Api.unique("KEPT").substring(0, 30),
                Api.newEnterprise(), "2026-11-20"));
        as("author").post(RULESETS + "/" + active() + "/kept-decisions/" + decisionId).then().statusCode(422)
                .body("violations[0].field", equalTo("decisionId"));
    }

    @Test
    void onlyARuleAuthorKeepsADecisionAndAnUnknownOneIsNotFound() {
        String decisionId = decided("fx-advance-payment", Endpoints.FX_ADVANCE);
        as("approver").post(RULESETS + "/" + active() + "/kept-decisions/" + decisionId).then().statusCode(403);
        as("author").post(RULESETS + "/" + active() + "/kept-decisions/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404);
    }

    private static String decided(String type, String body) {
        return Api.customs().body(body).post("/api/v1/decisions/" + type).then().statusCode(200).extract()
                .path("decisionId");
    }
}
