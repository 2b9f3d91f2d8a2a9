package org.credo.service.decision;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credo.service.Api.UNKNOWN_ENTERPRISE;
import static org.credo.service.Api.as;
import static org.credo.service.Api.auditor;
import static org.credo.service.Api.customs;
import static org.credo.service.Api.inspection;
import static org.credo.service.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class IdempotencyKeyTest {
    private static final String ADVANCE = "/api/v1/decisions/fx-advance-payment";
    private static final String ADVANCE_BODY = """
            {"advancerKind": "POSTAL", "affiliated": false, "termMonths": 3}""";

    @Test
    void aRepeatWithTheSameKeyAndTheSameBodyInAnotherLayoutAnswersTheStoredDecision() {
        String key = unique("k");
        String first = customs().header("Idempotency-Key", key).body(ADVANCE_BODY).post(ADVANCE)
                .then().statusCode(200).extract().path("decisionId");
        customs().header("Idempotency-Key", key).body("""
                {"termMonths": 3, "advancerKind": "POSTAL",   "affiliated": false}""").post(ADVANCE)
                .then().statusCode(200).body("decisionId", equalTo(first));
        auditor().get("/api/v1/decisions/" + first).then().statusCode(200)
                .body("idempotencyKey", equalTo("request:customs:" + key));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndStoresNothing() {
        String key = unique("k");
        String first = customs().header("Idempotency-Key", key).body(ADVANCE_BODY).post(ADVANCE)
                .then().statusCode(200).extract().path("decisionId");
        customs().header("Idempotency-Key", key).body("""
                {"advancerKind": "POSTAL", "affiliated": false, "termMonths": 4}""").post(ADVANCE)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:credo:problem:idempotency-key-reused"))
                .body("detail", containsString(first));
    }

    @Test
    void theSameKeyOnAnotherDecisionEndpointIs422() {
        String key = unique("k");
        customs().header("Idempotency-Key", key).body(ADVANCE_BODY).post(ADVANCE).then().statusCode(200);
        customs().header("Idempotency-Key", key).body("{\"riskClass\": \"A\"}")
                .post("/api/v1/models/Spot checks/evaluate").then().statusCode(422);
    }

    @Test
    void keysAreScopedByPrincipal() {
        String key = unique("k");
        String mine = customs().header("Idempotency-Key", key).body(ADVANCE_BODY).post(ADVANCE)
                .then().statusCode(200).extract().path("decisionId");
        String theirs = as("customs2").header("Idempotency-Key", key).body(ADVANCE_BODY).post(ADVANCE)
                .then().statusCode(200).extract().path("decisionId");
        assertThat(theirs).isNotEqualTo(mine);
        as("customs2").header("Idempotency-Key", key).body(ADVANCE_BODY).post(ADVANCE)
                .then().statusCode(200).body("decisionId", equalTo(theirs));
    }

    @Test
    void withoutAKeyEveryCallIsANewDecision() {
        String first = customs().body(ADVANCE_BODY).post(ADVANCE).then().statusCode(200).extract().path("decisionId");
        customs().body(ADVANCE_BODY).post(ADVANCE).then().statusCode(200).body("decisionId", not(equalTo(first)));
    }

    @Test
    void aMalformedKeyIs400NamingTheHeader() {
        for (String bad : List.of("\"\"", "has space", "x".repeat(65), "\"unterminated", "ключ")) {
            customs().header("Idempotency-Key", bad).body(ADVANCE_BODY).post(ADVANCE).then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", equalTo("Idempotency-Key"));
        }
    }

    @Test
    void aQuotedStructuredFieldKeyIsTheSameKeyAsBare() {
        String key = unique("k");
        String first = customs().header("Idempotency-Key", key).body(ADVANCE_BODY).post(ADVANCE)
                .then().statusCode(200).extract().path("decisionId");
        customs().header("Idempotency-Key", "\"" + key + "\"").body(ADVANCE_BODY).post(ADVANCE)
                .then().statusCode(200).body("decisionId", equalTo(first));
    }

    @Test
    void concurrentRepeatsOfOneKeyStoreOneRecord() throws Exception {
        String key = unique("k");
        String body = """
                {"enterpriseId": "91350600MA2Y8K3F13", "enterpriseKind": "BROKER", "advancedCertified": false,
                 "priorYearDocumentCount": null, "asOf": "2025-06-30", "events": []}""";
        var calls = new ArrayList<Callable<String>>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> customs().header("Idempotency-Key", key).body(body)
                    .post("/api/v1/decisions/credit-classification").then().statusCode(200)
                    .extract().path("decisionId"));
        }
        var ids = new HashSet<String>();
        var pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<String> id : pool.invokeAll(calls)) {
                ids.add(id.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(ids).hasSize(1);
    }

    @Test
    void anInspectionKeepsItsDeclarationKeyAndAKeyedRetryWithAnotherBodyIs422() {
        String declaration = unique("DECL");
        String first = customs().header("Idempotency-Key", "retry-1")
                .body(inspection(declaration, UNKNOWN_ENTERPRISE, "2026-11-26"))
                .post("/api/v1/decisions/inspection").then().statusCode(200).extract().path("decisionId");
        auditor().get("/api/v1/decisions/" + first).then()
                .body("idempotencyKey", equalTo("inspection:" + declaration));
        customs().header("Idempotency-Key", "retry-1").body(inspection(declaration, UNKNOWN_ENTERPRISE, "2026-11-26"))
                .post("/api/v1/decisions/inspection").then().statusCode(200).body("decisionId", equalTo(first));
        customs().header("Idempotency-Key", "retry-1").body(inspection(declaration, UNKNOWN_ENTERPRISE, "2026-11-25"))
                .post("/api/v1/decisions/inspection").then().statusCode(422);
        customs().header("Idempotency-Key", "retry-1")
                .body("{\"declarations\": [" + inspection(declaration, UNKNOWN_ENTERPRISE, "2026-11-25") + "]}")
                .post("/api/v1/decisions/inspection/batch").then().statusCode(422);
        customs().header("Idempotency-Key", "retry-1")
                .body("{\"declarations\": [" + inspection(declaration, UNKNOWN_ENTERPRISE, "2026-11-26") + "]}")
                .post("/api/v1/decisions/inspection/batch").then().statusCode(200)
                .body("results[0].decisionId", equalTo(first));
    }
}
