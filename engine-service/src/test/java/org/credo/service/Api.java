package org.credo.service;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Rest Assured requests as the demo accounts. */
public final class Api {
    public static final String KNOWN_ENTERPRISE = "91350600MA2Y8K3F13";
    public static final String UNKNOWN_ENTERPRISE = "91350100M000100Y43";
    /** The test database refuses audit records for this enterprise (audit.UnstorableEnterprise). */
    public static final String UNSTORABLE_ENTERPRISE = "91350200MA31AUDF0Q";

    /** JSON first, and whatever else an endpoint produces (the audit export streams NDJSON or CSV). */
    private static final String ACCEPT = "application/json, application/problem+json;q=0.9, */*;q=0.5";

    private Api() {
    }

    public static RequestSpecification as(String user) {
        return RestAssured.given().auth().preemptive().basic(user, user).contentType(ContentType.JSON)
                .accept(ACCEPT);
    }

    public static RequestSpecification customs() {
        return as("customs");
    }

    public static RequestSpecification auditor() {
        return as("auditor");
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON).accept(ACCEPT);
    }

    public static String inspection(String declarationId, String enterpriseId, String date) {
        return """
                {"declarationId": "%s", "enterpriseId": "%s", "customsMode": "9710", "direction": "EXPORT",
                 "declaredValueCny": 5200.00, "hsCode": "0306170000", "declarationDate": "%s"}"""
                .formatted(declarationId, enterpriseId, date);
    }

    /** A fresh, valid Unified Social Credit Code. */
    public static String newEnterprise() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        var random = java.util.concurrent.ThreadLocalRandom.current();
        var code = new StringBuilder("913506");
        while (code.length() < 17) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(code.charAt(i)) * weights[i];
        }
        int check = 31 - sum % 31;
        return code.append(alphabet.charAt(check == 31 ? 0 : check)).toString();
    }

    public static String unique(String prefix) {
        return prefix + "-" + java.util.UUID.randomUUID();
    }
}
