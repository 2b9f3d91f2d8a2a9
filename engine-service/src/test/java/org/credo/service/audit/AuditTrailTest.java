package org.credo.service.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credo.service.Api.UNKNOWN_ENTERPRISE;
import static org.credo.service.Api.UNSTORABLE_ENTERPRISE;
import static org.credo.service.Api.auditor;
import static org.credo.service.Api.customs;
import static org.credo.service.Api.inspection;
import static org.credo.service.Api.newEnterprise;
import static org.credo.service.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class AuditTrailTest {
    @Inject
    AgroalDataSource dataSource;

    private static String decideInspection(String enterprise) {
        return customs().body(inspection(unique("DECL"), enterprise, "2026-11-26"))
                .post("/api/v1/decisions/inspection").then().statusCode(200).extract().path("decisionId");
    }

    @Test
    void theChainOfEveryStoredDecisionVerifies() {
        decideInspection(UNKNOWN_ENTERPRISE);
        auditor().get("/api/v1/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true))
                .body("checked", greaterThan(0))
                .body("firstInvalidDecisionId", nullValue());
    }

    @Test
    void aStoredFieldChangedInTheDatabaseIsDetectedAndNamed() throws Exception {
        String decisionId = decideInspection(UNKNOWN_ENTERPRISE);
        String principal = auditor().get("/api/v1/decisions/" + decisionId).then().extract().path("principal");
        update("UPDATE decision_record SET principal = ? WHERE decision_id = ?", "intruder", decisionId);
        try {
            auditor().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("valid", equalTo(false))
                    .body("firstInvalidDecisionId", equalTo(decisionId));
        } finally {
            update("UPDATE decision_record SET principal = ? WHERE decision_id = ?", principal, decisionId);
        }
        auditor().get("/api/v1/audit/verify").then().body("valid", equalTo(true));
    }

    @Test
    void aChangedOutputInTheStoredContentIsDetected() throws Exception {
        String decisionId = decideInspection(UNKNOWN_ENTERPRISE);
        String content = query("SELECT content FROM decision_record WHERE decision_id = ?", decisionId);
        String flipped = content.contains("\"selected\":true") ? content.replace("\"selected\":true",
                "\"selected\":false") : content.replace("\"selected\":false", "\"selected\":true");
        update("UPDATE decision_record SET content = ? WHERE decision_id = ?", flipped, decisionId);
        try {
            auditor().get("/api/v1/audit/verify").then().body("valid", equalTo(false))
                    .body("firstInvalidDecisionId", equalTo(decisionId));
        } finally {
            update("UPDATE decision_record SET content = ? WHERE decision_id = ?", content, decisionId);
        }
    }

    @Test
    void concurrentDecisionsFormOneValidChainAndEveryOneIsStored() throws Exception {
        String enterprise = newEnterprise();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var answers = new ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 120; i++) {
                answers.add(pool.submit(() -> decideInspection(enterprise)));
            }
            var ids = new java.util.HashSet<String>();
            for (var answer : answers) {
                ids.add(answer.get());
            }
            assertThat(ids).hasSize(120);
        } finally {
            pool.shutdownNow();
        }
        auditor().queryParam("enterpriseId", enterprise).get("/api/v1/decisions").then()
                .body("total", equalTo(120));
        auditor().get("/api/v1/audit/verify").then().body("valid", equalTo(true));
    }

    @Test
    void replayWithTheSameVersionAndReferenceDataIsIdentical() {
        String enterprise = newEnterprise();
        customs().body("""
                {"name": "Replay Co", "enterpriseKind": "BROKER", "advancedCertified": false,
                 "priorYearDocumentCount": 500}""").put("/api/v1/enterprises/" + enterprise).then().statusCode(200);
        customs().body("""
                {"eventId": "%s", "type": "TAX_UNPAID", "occurredOn": "2026-02-01", "amountCny": 30000,
                 "dueDate": "2026-01-10"}""".formatted(unique("EV")))
                .post("/api/v1/enterprises/" + enterprise + "/events").then().statusCode(201);
        String decisionId = decideInspection(enterprise);
        // the registry changes afterwards: replay must still use the facts the decision recorded
        customs().body("""
                {"eventId": "%s", "type": "SMUGGLING_CRIMINAL", "occurredOn": "2026-03-01"}""".formatted(unique("EV")))
                .post("/api/v1/enterprises/" + enterprise + "/events").then().statusCode(201);

        JsonPath replay = auditor().post("/api/v1/decisions/" + decisionId + "/replay").then().statusCode(200)
                .body("identical", equalTo(true)).extract().jsonPath();
        assertThat(replay.getMap("replayed")).isEqualTo(replay.getMap("original"));

        String credit = customs().body("""
                {"enterpriseId": "91350600MA2Y8K3F13", "enterpriseKind": "NON_BROKER", "advancedCertified": false,
                 "asOf": "2024-01-01"}""").post("/api/v1/decisions/credit-classification").then().statusCode(200)
                .extract().path("decisionId");
        auditor().post("/api/v1/decisions/" + credit + "/replay").then().statusCode(200)
                .body("identical", equalTo(true));
    }

    @Test
    void replayOfAnUnknownDecisionIsNotFound() {
        auditor().post("/api/v1/decisions/" + java.util.UUID.randomUUID() + "/replay").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aDecisionThatCannotBeStoredIsAnswered503AndLeavesNothingBehind() {
        String declaration = unique("DECL");
        customs().body(inspection(declaration, UNSTORABLE_ENTERPRISE, "2026-11-26"))
                .post("/api/v1/decisions/inspection").then().statusCode(503)
                .contentType("application/problem+json")
                .body("status", equalTo(503));
        auditor().queryParam("enterpriseId", UNSTORABLE_ENTERPRISE).get("/api/v1/decisions").then()
                .statusCode(200).body("total", equalTo(0));
        auditor().get("/api/v1/audit/verify").then().body("valid", equalTo(true));
        // the writer goes on: the next decision is stored and chained
        String next = decideInspection(UNKNOWN_ENTERPRISE);
        auditor().get("/api/v1/decisions/" + next).then().statusCode(200);
        auditor().get("/api/v1/audit/verify").then().body("valid", equalTo(true));
    }

    @Test
    void aBatchWithOneUnstorableDeclarationIsAnswered503AndItsRetryAnswersTheStoredOutcomes() throws Exception {
        String good = unique("DECL");
        String body = "{\"declarations\": [" + inspection(good, UNKNOWN_ENTERPRISE, "2026-11-26") + ","
                + inspection(unique("DECL"), UNSTORABLE_ENTERPRISE, "2026-11-26") + "]}";
        customs().body(body).post("/api/v1/decisions/inspection/batch").then().statusCode(503)
                .contentType("application/problem+json");
        auditor().get("/api/v1/audit/verify").then().body("valid", equalTo(true));
        String storedId = query("SELECT decision_id FROM decision_record WHERE idempotency_key = ?",
                "inspection:" + good);
        JsonPath stored = auditor().get("/api/v1/decisions/" + storedId).then().statusCode(200).extract().jsonPath();

        JsonPath retry = customs().body(inspection(good, UNKNOWN_ENTERPRISE, "2026-11-26"))
                .post("/api/v1/decisions/inspection").then().statusCode(200).extract().jsonPath();

        assertThat(retry.getString("decisionId")).isEqualTo(storedId);
        assertThat(retry.getString("decidedAt")).isEqualTo(stored.getString("decidedAt"));
        assertThat(retry.getString("rulesetVersion")).isEqualTo(stored.getString("rulesetVersion"));
        assertThat(retry.getMap("")).containsAllEntriesOf(stored.getMap("outputs"));
        assertThat(auditor().get("/api/v1/decisions/" + storedId).then().extract().jsonPath().getLong("sequence"))
                .as("the retry stored nothing new").isEqualTo(stored.getLong("sequence"));
        assertThat(query("SELECT COUNT(*) FROM decision_record WHERE idempotency_key = ?", "inspection:" + good))
                .isEqualTo("1");
    }

    @Test
    void searchFindsAnEnterprisesDecisionsNewestFirstInPages() {
        String enterprise = newEnterprise();
        String first = decideInspection(enterprise);
        String second = decideInspection(enterprise);
        String third = decideInspection(enterprise);
        auditor().queryParam("enterpriseId", enterprise).queryParam("type", "inspection")
                .queryParam("size", 2).get("/api/v1/decisions").then().statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("items.decisionId", equalTo(List.of(third, second)));
        auditor().queryParam("enterpriseId", enterprise).queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/decisions").then().statusCode(200)
                .body("items.decisionId", equalTo(List.of(first)));
        String version = auditor().get("/api/v1/decisions/" + first).then().extract().path("rulesetVersion");
        auditor().queryParam("enterpriseId", enterprise).queryParam("rulesetVersion", version)
                .queryParam("from", "2000-01-01").queryParam("to", "2100-12-31")
                .get("/api/v1/decisions").then().body("total", equalTo(3));
        auditor().queryParam("enterpriseId", enterprise).queryParam("to", "2000-01-01")
                .get("/api/v1/decisions").then().body("total", equalTo(0));
    }

    @Test
    void exportStreamsATimeRangeAsNdjsonAndCsv() {
        String decisionId = decideInspection(UNKNOWN_ENTERPRISE);
        Instant decidedAt = Instant.parse(auditor().get("/api/v1/decisions/" + decisionId).then().extract()
                .path("decidedAt"));
        String from = decidedAt.toString();
        String to = decidedAt.plusMillis(1).toString();
        String ndjson = auditor().accept("application/x-ndjson").queryParam("from", from).queryParam("to", to)
                .get("/api/v1/audit/export").then().statusCode(200)
                .contentType("application/x-ndjson").extract().asString();
        assertThat(ndjson.lines()).anySatisfy(line -> assertThat(line).contains("\"decisionId\":\"" + decisionId));
        assertThat(ndjson.lines()).allSatisfy(line -> assertThat(new JsonPath(line).getString("hash")).hasSize(64));
        assertThat(auditor().accept("application/x-ndjson").queryParam("from", to).queryParam("to", "2100-12-31")
                .get("/api/v1/audit/export").then().statusCode(200).extract().asString())
                .as("the range is half-open: from its decision time on, not before").doesNotContain(decisionId);

        String csv = auditor().accept("text/csv").queryParam("from", from).queryParam("to", to)
                .queryParam("format", "csv")
                .get("/api/v1/audit/export").then().statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst()).hasValue(
                "sequence,decisionId,type,enterpriseId,rulesetVersion,asOf,principal,requestedAt,decidedAt,inputs,"
                        + "outputs,reasons,previousHash,hash,unreadable");
        assertThat(csv).contains(decisionId).endsWith("\r\n");
        assertThat(csv.replace("\r\n", "")).as("every line ends CRLF (RFC 4180)").doesNotContain("\n");
        auditor().accept("*/*").queryParam("from", "2000-01-01").queryParam("to", "2000-01-02")
                .get("/api/v1/audit/export").then().statusCode(200).body(equalTo(""));
    }

    private void update(String sql, String value, String decisionId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            s.setString(2, decisionId);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private String query(String sql, String decisionId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, decisionId);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
