package org.credo.service.ruleset;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.credo.core.Bundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credo.service.ruleset.RuleSetCalls.RULESETS;
import static org.credo.service.ruleset.RuleSetCalls.active;
import static org.credo.service.ruleset.RuleSetCalls.as;
import static org.credo.service.ruleset.RuleSetCalls.post;
import static org.credo.service.ruleset.RuleSetCalls.state;
import static org.credo.service.ruleset.RuleSetCalls.upload;
import static org.credo.service.ruleset.RuleSetCalls.uploaded;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class RuleSetLifecycleTest {
    private String baseline;

    @BeforeEach
    void rememberTheActiveVersion() {
        baseline = active();
    }

    @AfterEach
    void restoreTheActiveVersion() {
        RuleSetCalls.restore(baseline);
    }

    private static int fresh() {
        return ThreadLocalRandom.current().nextInt(1_000_000_000);
    }

    @Test
    void anUploadIsStoredAsADraftOfItsAuthorWithItsValidation() {
        byte[] zip = Bundles.tiny(fresh());
        String version = upload("author", zip).then().statusCode(201)
                .header("Location", endsWith(RULESETS + "/" + Bundle.fromZip(zip).versionId()))
                .body("version", equalTo(Bundle.fromZip(zip).versionId()))
                .body("state", equalTo("DRAFT"))
                .body("author", equalTo("author"))
                .body("name", equalTo("answer"))
                .body("validation.warnings", notNullValue())
                .extract().path("version");
        as("customs").get(RULESETS + "/" + version).then().statusCode(200).body("state", equalTo("DRAFT"));
        as("auditor").get(RULESETS).then().statusCode(200).body("version", hasItem(version));
        as("auditor").get(RULESETS + "/" + version + "/history").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].from", equalTo(null))
                .body("[0].to", equalTo("DRAFT"))
                .body("[0].actor", equalTo("author"))
                .body("[0].at", notNullValue());
    }

    @Test
    void identicalContentAnswersTheStoredVersionWithTheSameId() {
        byte[] zip = Bundles.tiny(fresh());
        String first = upload("author", zip).then().statusCode(201).extract().path("version");
        String again = upload("author2", zip).then().statusCode(200).body("author", equalTo("author"))
                .extract().path("version");
        assertThat(again).isEqualTo(first);
        List<String> versions = as("auditor").get(RULESETS).path("version");
        assertThat(versions).containsOnlyOnce(first);
    }

    @Test
    void theBundleDownloadIsTheUploadedContent() {
        byte[] zip = Bundles.tiny(fresh());
        String version = uploaded(zip);
        byte[] downloaded = as("customs").get(RULESETS + "/" + version + "/bundle").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        assertThat(Bundle.fromZip(downloaded).versionId()).isEqualTo(version);
        assertThat(downloaded).isEqualTo(zip);
    }

    @Test
    void theAuthorCannotApproveTheirOwnVersion() {
        String version = upload("lead", Bundles.tiny(fresh())).then().statusCode(201).extract().path("version");
        post("lead", version, "approve").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:credo:problem:four-eyes"));
        assertThat(state(version)).isEqualTo("DRAFT");
        post("approver", version, "approve").then().statusCode(200)
                .body("state", equalTo("APPROVED"))
                .body("approver", equalTo("approver"))
                .body("approvedAt", notNullValue());
    }

    @Test
    void anApproverWhoseNameDiffersFromTheAuthorsOnlyInCaseIsTheAuthor() {
        String version = upload("author", Bundles.tiny(fresh())).then().statusCode(201).extract().path("version");
        post("AUTHOR", version, "approve").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:credo:problem:four-eyes"));
        assertThat(state(version)).isEqualTo("DRAFT");
    }

    @Test
    void eachOperationNeedsItsRole() {
        String version = uploaded(Bundles.tiny(fresh()));
        RestAssured.given().contentType("application/zip").body(Bundles.tiny(fresh())).post(RULESETS).then()
                .statusCode(401).contentType("application/problem+json");
        RestAssured.given().get(RULESETS + "/active").then().statusCode(401);
        upload("customs", Bundles.tiny(fresh())).then().statusCode(403).contentType("application/problem+json");
        upload("approver", Bundles.tiny(fresh())).then().statusCode(403);
        post("author", version, "approve").then().statusCode(403);
        post("author2", version, "approve").then().statusCode(403);
        post("author", version, "activate").then().statusCode(403);
        post("auditor", version, "reject").then().statusCode(403);
        post("customs", version, "test").then().statusCode(403);
        post("approver", version, "test").then().statusCode(403);
        post("customs", version, "simulate").then().statusCode(403);
        assertThat(state(version)).isEqualTo("DRAFT");
        for (String anyone : List.of("customs", "author", "approver", "auditor")) {
            as(anyone).get(RULESETS + "/" + version).then().statusCode(200);
            as(anyone).get(RULESETS + "/" + version + "/history").then().statusCode(200);
        }
    }

    @Test
    void onlyADraftCanBeApprovedAndOnlyAnApprovedOrRetiredVersionActivated() {
        String version = uploaded(Bundles.tiny(fresh()));
        post("approver", version, "activate").then().statusCode(409).contentType("application/problem+json");
        assertThat(state(version)).isEqualTo("DRAFT");
        assertThat(active()).isEqualTo(baseline);
        post("approver", version, "approve").then().statusCode(200);
        post("approver", version, "approve").then().statusCode(409);
        post("approver", baseline, "activate").then().statusCode(409);
        post("approver", baseline, "approve").then().statusCode(409);
    }

    @Test
    void activationSwitchesAtOnceAndTheEarlierVersionCanBeRolledBackTo() {
        String version = uploaded(Bundles.tiny(fresh()));
        post("approver", version, "approve").then().statusCode(200);
        post("approver", version, "activate").then().statusCode(200)
                .body("state", equalTo("ACTIVE"))
                .body("deciding", equalTo(true));
        assertThat(active()).isEqualTo(version);
        assertThat(state(baseline)).isEqualTo("RETIRED");
        as("customs").body("{}").contentType("application/json").post("/api/v1/models/Answer/evaluate").then()
                .statusCode(200).body("rulesetVersion", equalTo(version));

        post("approver", baseline, "activate").then().statusCode(200).body("state", equalTo("ACTIVE"));
        assertThat(active()).isEqualTo(baseline);
        assertThat(state(version)).isEqualTo("RETIRED");

        List<Map<String, String>> history = as("auditor").get(RULESETS + "/" + version + "/history").then()
                .statusCode(200).extract().path("");
        assertThat(history).extracting(t -> t.get("from") + " -> " + t.get("to"))
                .containsExactly("null -> DRAFT", "DRAFT -> APPROVED", "APPROVED -> ACTIVE", "ACTIVE -> RETIRED");
        assertThat(history).extracting(t -> t.get("actor"))
                .containsExactly("author", "approver", "approver", "approver");
        List<Map<String, String>> baselineHistory = as("auditor").get(RULESETS + "/" + baseline + "/history")
                .path("");
        assertThat(baselineHistory.get(baselineHistory.size() - 1)).containsEntry("from", "RETIRED")
                .containsEntry("to", "ACTIVE").containsEntry("note", "rollback: reactivated");
        as("auditor").get(RULESETS + "/transitions").then().statusCode(200)
                .body("version", hasItem(version));
    }

    @Test
    void aRejectedVersionCanNeitherBeApprovedNorActivated() {
        String version = uploaded(Bundles.tiny(fresh()));
        post("approver", version, "reject").then().statusCode(200).body("state", equalTo("REJECTED"));
        post("approver", version, "approve").then().statusCode(409);
        post("approver", version, "activate").then().statusCode(409);
        post("approver", version, "reject").then().statusCode(409);
        assertThat(state(version)).isEqualTo("REJECTED");
    }

    @Test
    void anApprovedVersionCanStillBeRejectedButAnActiveOrRetiredOneCannot() {
        String version = uploaded(Bundles.tiny(fresh()));
        post("approver", version, "approve").then().statusCode(200);
        post("approver", version, "reject").then().statusCode(200).body("state", equalTo("REJECTED"));
        List<Map<String, String>> history = as("auditor").get(RULESETS + "/" + version + "/history").path("");
        assertThat(history).extracting(t -> t.get("from") + " -> " + t.get("to"))
                .containsExactly("null -> DRAFT", "DRAFT -> APPROVED", "APPROVED -> REJECTED");
        post("approver", baseline, "reject").then().statusCode(409);
        assertThat(state(baseline)).isEqualTo("ACTIVE");
    }

    @Test
    void aBundleThatDoesNotValidateIsRefusedWithEveryProblemLocated() {
        byte[] zip = Bundles.tinyWith(fresh(), Map.of(
                "rules/broken.drl", """
                        package org.credo.rules;

                        rule "unfinished"
                            @ruleId("T-1") @description("d") @legalBasis("l") @confidence("CONFIRMED")
                            @validFrom("2026-01-01")
                        when
                            String( length >
                        then
                        end
                        """,
                "notes.txt", "not a rule file"));
        String version = Bundle.fromZip(zip).versionId();
        upload("author", zip).then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("problems.file", everyItem(notNullValue()))
                .body("problems.message", everyItem(notNullValue()))
                .body("problems.severity", hasItem("ERROR"))
                .body("problems.findAll { it.code == 'DRL_COMPILE' }.file", everyItem(equalTo("rules/broken.drl")))
                .body("problems.findAll { it.code == 'DRL_COMPILE' }.line", everyItem(notNullValue()))
                .body("problems.findAll { it.code == 'UNKNOWN_FILE_KIND' }.file", hasItem("notes.txt"));
        as("auditor").get(RULESETS + "/" + version).then().statusCode(404);
    }

    @Test
    void aDmnProblemIsLocatedAtItsElement() {
        var files = Bundles.tinyFiles(fresh(), 0);
        String expression = "<literalExpression id=\"answer-value-x\"><text>";
        files.put("dmn/answer.dmn", files.get("dmn/answer.dmn").replace(expression, expression + "1 +* ) "));
        upload("author", Bundles.zip(files)).then().statusCode(422)
                .body("problems.file", hasItem("dmn/answer.dmn"))
                .body("problems.findAll { it.file == 'dmn/answer.dmn' }.element", everyItem(notNullValue()));
    }

    @Test
    void aBundleThatTriesToRunCodeIsRefusedAsAForbiddenConstruct() {
        byte[] zip = Bundles.tinyWith(fresh(), Map.of("rules/exit.drl", """
                package org.credo.rules;

                rule "stop the service"
                    @ruleId("T-EXIT") @description("stops the JVM") @legalBasis("none") @confidence("CONFIRMED")
                    @validFrom("2026-01-01")
                when
                then
                    System.exit(0);
                end
                """));
        upload("author", zip).then().statusCode(422)
                .contentType("application/problem+json")
                .body("problems.code", hasItem("FORBIDDEN_CONSTRUCT"))
                .body("problems.find { it.code == 'FORBIDDEN_CONSTRUCT' }.file", equalTo("rules/exit.drl"))
                .body("problems.find { it.code == 'FORBIDDEN_CONSTRUCT' }.line", equalTo(8));
    }

    @Test
    void aBodyThatIsNoZipIsBadInput() {
        upload("author", "not a zip archive".getBytes()).then().statusCode(400)
                .contentType("application/problem+json")
                .body("problems[0].code", equalTo("BUNDLE_FORMAT"))
                .body("problems[0].message", notNullValue());
        upload("author", new byte[0]).then().statusCode(400);
    }

    @Test
    void theTestRunReportsEachScenario() {
        String passing = uploaded(Bundles.tiny(fresh()));
        post("author", passing, "test").then().statusCode(200)
                .body("version", equalTo(passing))
                .body("scenarios", equalTo(1))
                .body("passed", equalTo(1))
                .body("allPassed", equalTo(true))
                .body("results[0].name", equalTo("answers its value"))
                .body("results[0].file", equalTo("scenarios/answer.scenarios.json"));
        String failing = uploaded(Bundles.tinyExpecting(fresh(), -1));
        post("author", failing, "test").then().statusCode(200)
                .body("failed", equalTo(1))
                .body("allPassed", equalTo(false))
                .body("results[0].passed", equalTo(false))
                .body("results[0].mismatches", not(empty()));
    }

    @Test
    void anUnknownVersionIsNotFound() {
        String unknown = "0".repeat(64);
        as("auditor").get(RULESETS + "/" + unknown).then().statusCode(404).contentType("application/problem+json");
        as("auditor").get(RULESETS + "/" + unknown + "/bundle").then().statusCode(404);
        post("approver", unknown, "approve").then().statusCode(404);
        post("approver", unknown, "activate").then().statusCode(404);
    }

    @Test
    void theActiveVersionIsShownWithItsState() {
        as("customs").get(RULESETS + "/active").then().statusCode(200)
                .body("version", hasLength(64))
                .body("state", equalTo("ACTIVE"))
                .body("deciding", equalTo(true));
        as("auditor").get(RULESETS).then().statusCode(200)
                .body("findAll { it.state == 'ACTIVE' }.version", equalTo(List.of(baseline)));
        as("auditor").get(RULESETS + "/transitions?from=2000-01-01").then().statusCode(200)
                .body("to", hasItem("ACTIVE"))
                .body("note", hasItem(startsWith("shipped bundle imported")));
    }
}
