package org.credo.service.console;

import io.quarkus.test.junit.QuarkusTest;
import org.credo.core.Bundle;
import org.credo.service.Api;
import org.credo.service.Endpoints;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

/** The editor's "keep as a scenario" form: a stored decision becomes a scenario of a new draft. */
@QuarkusTest
class KeptDecisionFormTest {

    @Test
    void anAuthorKeepsADecisionFromTheEditorAndLandsInTheNewDraftsEditor() {
        String decisionId = Api.customs().body(Endpoints.FX_SETTLEMENT)
                .post("/api/v1/decisions/fx-individual-settlement").then().statusCode(200).extract().path("decisionId");
        String active = Api.auditor().get("/api/v1/rulesets/active").then().extract().path("version");
        var author = ConsoleClient.signIn("author");
        author.cookiesOnly().get("/console/rulesets/" + active + "/editor").then().statusCode(200)
                .body(containsString("id=\"keep-decision-form\""));

        String location = author.cookiesOnly().formParam(ConsoleClient.CSRF_FIELD, author.csrfToken())
                .formParam("decisionId", decisionId)
                .post("/console/rulesets/" + active + "/editor/kept-decisions").then().statusCode(303)
                .header("Location", matchesPattern(".*/console/rulesets/[0-9a-f]{64}/editor\\?notice=kept"))
                .extract().header("Location");
        String draft = location.replaceAll(".*/rulesets/([0-9a-f]{64})/editor.*", "$1");
        author.cookiesOnly().get("/console/rulesets/" + draft + "/editor?notice=kept").then().statusCode(200)
                .body(containsString("id=\"notice\""));
        Bundle bundle = Bundle.fromZip(Api.as("author").get("/api/v1/rulesets/" + draft + "/bundle").then()
                .statusCode(200).extract().asByteArray());
        assertThat(new String(bundle.files().get("scenarios/kept-fx-individual-settlement.scenarios.json"),
                StandardCharsets.UTF_8)).contains(decisionId);
    }

    @Test
    void theFormNeedsItsCsrfTokenAndARuleAuthor() {
        String active = Api.auditor().get("/api/v1/rulesets/active").then().extract().path("version");
        String path = "/console/rulesets/" + active + "/editor/kept-decisions";
        ConsoleClient.signIn("author").cookiesOnly().formParam("decisionId", "x").post(path).then().statusCode(400);
        var approver = ConsoleClient.signIn("approver");
        approver.cookiesOnly().formParam(ConsoleClient.CSRF_FIELD, approver.csrfToken()).formParam("decisionId", "x")
                .post(path).then().statusCode(403);
    }
}
