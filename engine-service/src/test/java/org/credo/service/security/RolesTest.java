package org.credo.service.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.credo.service.Api;
import org.credo.service.Endpoints;
import org.credo.service.Endpoints.Endpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class RolesTest {

    static List<Endpoint> endpoints() {
        return Endpoints.all();
    }

    @BeforeEach
    void knownEnterprise() {
        Api.customs().body(Endpoints.ENTERPRISE).put("/api/v1/enterprises/" + Api.KNOWN_ENTERPRISE)
                .then().statusCode(200);
    }

    private static Response send(RequestSpecification request, Endpoint endpoint) {
        if (endpoint.body() != null) {
            request = request.body(endpoint.body());
        }
        return request.request(endpoint.method(), endpoint.path());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void withoutCredentialsEveryEndpointAnswers401ProblemJson(Endpoint endpoint) {
        send(Api.anonymous(), endpoint).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic"))
                .body("status", equalTo(401));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aWrongPasswordIsAnswered401(Endpoint endpoint) {
        send(RestAssured.given().auth().preemptive().basic("customs", "wrong").contentType("application/json"),
                endpoint).then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void everyRoleTheEndpointDoesNotAdmitIsAnswered403AndEveryRoleItAdmitsIsServed(Endpoint endpoint) {
        for (String user : Endpoints.ANY_ROLE) {
            Response response = send(Api.as(user), endpoint);
            if (endpoint.users().contains(user)) {
                assertThat(response.statusCode()).as(user + " on " + endpoint).isNotIn(401, 403);
            } else {
                assertThat(response.statusCode()).as(user + " on " + endpoint).isEqualTo(403);
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void theEndpointsAreServedToTheirRole() {
        Api.auditor().get("/api/v1/audit/verify").then().statusCode(200);
        Api.customs().body(Endpoints.FX_ADVANCE).post("/api/v1/decisions/fx-advance-payment").then()
                .statusCode(200);
    }
}
