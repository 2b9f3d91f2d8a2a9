package org.credo.service.ops;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.credo.service.Api.customs;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasLength;

@QuarkusTest
class OperationsTest {

    @Test
    void readinessIsUpOnceTheShippedRuleSetIsCompiled() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'rule-set' }.data.version", hasLength(64));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void activeRuleSetIsTheShippedBundle() {
        customs().get("/api/v1/rulesets/active").then().statusCode(200)
                .body("name", equalTo("zhangzhou-cbec"))
                .body("state", equalTo("ACTIVE"))
                .body("version", hasLength(64));
    }

    @Test
    void metricsCountDecisionsByTypeAndOutcomeAndNameTheActiveVersion() {
        customs().body("""
                {"advancerKind": "LOGISTICS", "affiliated": true, "termMonths": 11}""")
                .post("/api/v1/decisions/fx-advance-payment").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(metrics)
                .contains("credo_decisions_total{outcome=\"allowed=true\",type=\"fx-advance-payment\"}")
                .contains("credo_decision_duration_seconds_bucket")
                .containsPattern("credo_ruleset_active\\{name=\"zhangzhou-cbec\",version=\"[0-9a-f]{64}\"} 1.0");
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/decisions/inspection"))
                .body(containsString("/api/v1/audit/verify"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
