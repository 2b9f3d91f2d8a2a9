package org.credo.service.ruleset;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static org.hamcrest.Matchers.oneOf;

/** The lifecycle endpoints as the demo accounts call them. */
final class RuleSetCalls {
    static final String RULESETS = "/api/v1/rulesets";

    private RuleSetCalls() {
    }

    static RequestSpecification as(String user) {
        return RestAssured.given().auth().preemptive().basic(user, user);
    }

    static Response upload(String user, byte[] zip) {
        return as(user).contentType("application/zip").body(zip).post(RULESETS);
    }

    /** Uploads as {@code author} and answers the version id, new or stored. */
    static String uploaded(byte[] zip) {
        return upload("author", zip).then().statusCode(oneOf(200, 201))
                .extract().path("version");
    }

    static Response post(String user, String version, String action) {
        return as(user).post(RULESETS + "/" + version + "/" + action);
    }

    /** Uploaded by {@code author} and approved by {@code approver}. */
    static String approved(byte[] zip) {
        String version = uploaded(zip);
        if ("DRAFT".equals(as("auditor").get(RULESETS + "/" + version).path("state"))) {
            post("approver", version, "approve").then().statusCode(200);
        }
        return version;
    }

    static void activate(String version) {
        post("approver", version, "activate").then().statusCode(200);
    }

    static String active() {
        return as("auditor").get(RULESETS + "/active").then().statusCode(200).extract().path("version");
    }

    static String state(String version) {
        return as("auditor").get(RULESETS + "/" + version).then().statusCode(200).extract().path("state");
    }

    /** Makes {@code version} active again unless it is; tests leave the service as they found it. */
    static void restore(String version) {
        if (!version.equals(active())) {
            activate(version);
        }
    }
}
