package org.credo.service.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.credo.service.Api.KNOWN_ENTERPRISE;
import static org.credo.service.Api.auditor;
import static org.credo.service.Api.customs;
import static org.credo.service.Api.inspection;
import static org.credo.service.Api.newEnterprise;
import static org.credo.service.Api.unique;

/**
 * The OpenAPI document declares each request and JSON answer of the API as a named schema with the contract's field
 * names, and the answers the service gives have exactly the fields their schema declares.
 */
@QuarkusTest
class OpenApiSchemasTest {
    private static final String JSON = "application/json";
    private static JsonNode document;

    @BeforeEach
    void readTheDocumentOnce() throws Exception {
        if (document != null) {
            return;
        }
        document = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString());
    }

    @Test
    void theInspectionRequestAndAnswerAreNamedSchemasWithTheContractsFields() {
        JsonNode post = operation("/api/v1/decisions/inspection");
        assertThat(post.at("/requestBody/content/" + escaped(JSON) + "/schema/$ref").asText())
                .isEqualTo("#/components/schemas/InspectionRequest");
        assertThat(answerSchemaReference(post)).isEqualTo("#/components/schemas/InspectionAnswer");
        assertThat(properties("InspectionRequest")).contains("declarationId", "enterpriseId", "customsMode",
                "direction", "declaredValueCny", "hsCode", "declarationDate");
        assertThat(properties("InspectionAnswer")).contains("decisionId", "declarationId", "creditClass",
                "inspectionRate", "selected", "sampling", "rulesetVersion", "decidedAt", "reasons");
        assertThat(properties("Reason")).contains("ruleId", "description", "legalBasis", "confidence");
    }

    @Test
    void anInspectionAnswerHasExactlyTheFieldsItsSchemaDeclares() throws Exception {
        JsonNode answer = new ObjectMapper().readTree(customs().body(inspection(unique("OPENAPI"), KNOWN_ENTERPRISE,
                "2026-11-26")).post("/api/v1/decisions/inspection").then().statusCode(200).extract().asString());
        assertThat(fieldNames(answer)).isEqualTo(properties("InspectionAnswer"));
        assertThat(fieldNames(answer.path("sampling"))).isEqualTo(properties("SamplingMethod"));
        assertThat(answer.path("reasons")).isNotEmpty();
        answer.path("reasons").forEach(reason -> assertThat(properties("Reason")).containsAll(fieldNames(reason)));
    }

    @Test
    void anFxAdvancePaymentAnswerHasExactlyTheFieldsItsSchemaDeclares() throws Exception {
        JsonNode answer = new ObjectMapper().readTree(customs().body("""
                {"advancerKind": "LOGISTICS", "affiliated": true, "termMonths": 11}""")
                .post("/api/v1/decisions/fx-advance-payment").then().statusCode(200).extract().asString());
        assertThat(answerSchemaReference(operation("/api/v1/decisions/fx-advance-payment")))
                .isEqualTo("#/components/schemas/FxAdvancePaymentAnswer");
        assertThat(fieldNames(answer)).isEqualTo(properties("FxAdvancePaymentAnswer"));
    }

    @Test
    void theRegistrysAnswersHaveExactlyTheFieldsTheirSchemasDeclare() throws Exception {
        String enterprise = "/api/v1/enterprises/" + newEnterprise();
        JsonNode stored = new ObjectMapper().readTree(customs().body("""
                {"name": "OpenAPI Trading Co.", "enterpriseKind": "NON_BROKER", "advancedCertified": false,
                 "priorYearDocumentCount": 120}""").put(enterprise).then().statusCode(200).extract().asString());
        JsonNode put = document.path("paths").path("/api/v1/enterprises/{enterpriseId}").path("put");
        assertThat(answerSchemaReference(put)).isEqualTo("#/components/schemas/EnterpriseAnswer");
        assertThat(fieldNames(stored)).isEqualTo(properties("EnterpriseAnswer"));

        JsonNode event = new ObjectMapper().readTree(customs().body("""
                {"eventId": "%s", "type": "TAX_UNPAID", "occurredOn": "2026-03-01", "amountCny": 1000.00,
                 "dueDate": "2026-02-01", "paidOn": null, "subjectiveIntent": false}""".formatted(unique("EV")))
                .post(enterprise + "/events").then().statusCode(201).extract().asString());
        JsonNode post = operation("/api/v1/enterprises/{enterpriseId}/events");
        assertThat(post.at("/responses/201/content/" + escaped(JSON) + "/schema/$ref").asText())
                .isEqualTo("#/components/schemas/CreditEventBody");
        assertThat(fieldNames(event)).isEqualTo(properties("CreditEventBody"));
    }

    @Test
    void noDecisionEndpointAnswersAGenericObject() {
        List<String> decisionPaths = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(path -> {
            boolean decides = (path.startsWith("/api/v1/decisions/") && !path.endsWith("/replay"))
                    || path.startsWith("/api/v1/models/") || path.endsWith("/credit");
            if (decides && document.path("paths").path(path).has("post")) {
                decisionPaths.add(path);
            }
        });
        assertThat(decisionPaths).as("the decision endpoints").hasSize(13);
        for (String path : decisionPaths) {
            String reference = answerSchemaReference(operation(path));
            assertThat(reference).as("the 200 answer of POST " + path).startsWith("#/components/schemas/");
            assertThat(properties(reference.substring("#/components/schemas/".length())))
                    .as("the fields of the 200 answer of POST " + path).isNotEmpty();
        }
        for (Map.Entry<String, String> request : Map.of("/api/v1/decisions/credit-classification",
                "CreditClassificationRequest", "/api/v1/decisions/inspection/batch", "InspectionBatchRequest",
                "/api/v1/decisions/retail-import", "RetailImportRequest").entrySet()) {
            assertThat(operation(request.getKey()).at("/requestBody/content/" + escaped(JSON) + "/schema/$ref")
                    .asText()).isEqualTo("#/components/schemas/" + request.getValue());
        }
    }

    @Test
    void theAuditorsReadsAndReplayHaveExactlyTheFieldsTheirSchemasDeclare() throws Exception {
        var json = new ObjectMapper();
        String decisionId = customs().body(inspection(unique("OPENAPI-AUDIT"), KNOWN_ENTERPRISE, "2026-11-26"))
                .post("/api/v1/decisions/inspection").then().statusCode(200).extract().path("decisionId");

        JsonNode stored = json.readTree(auditor().get("/api/v1/decisions/" + decisionId).then().statusCode(200)
                .extract().asString());
        Set<String> declared = new TreeSet<>(properties("StoredDecision"));
        declared.remove("unreadable"); // only on a record whose body cannot be read
        assertThat(fieldNames(stored)).isEqualTo(declared);
        stored.path("reasons").forEach(reason -> assertThat(properties("StoredReason"))
                .containsAll(fieldNames(reason)));

        JsonNode page = json.readTree(auditor().queryParam("enterpriseId", KNOWN_ENTERPRISE).queryParam("size", 1)
                .get("/api/v1/decisions").then().statusCode(200).extract().asString());
        assertThat(fieldNames(page)).isEqualTo(properties("DecisionPage"));

        JsonNode replay = json.readTree(auditor().post("/api/v1/decisions/" + decisionId + "/replay").then()
                .statusCode(200).extract().asString());
        assertThat(fieldNames(replay)).isEqualTo(properties("ReplayAnswer"));
        assertThat(fieldNames(replay.path("original"))).isEqualTo(properties("Replayed"));
        assertThat(answerSchemaReference(operation("/api/v1/decisions/{decisionId}/replay")))
                .isEqualTo("#/components/schemas/ReplayAnswer");
    }

    @Test
    void noJsonAnswerOfTheApiIsAnUnnamedObject() {
        List<String> unnamed = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                op.getValue().path("responses").fields().forEachRemaining(response -> {
                    JsonNode schema = response.getValue().path("content").path(JSON).path("schema");
                    JsonNode named = schema.path("type").asText().equals("array") ? schema.path("items") : schema;
                    if (response.getKey().startsWith("2") && !schema.isMissingNode() && !named.has("$ref")) {
                        unnamed.add(op.getKey().toUpperCase() + " " + path.getKey() + " " + response.getKey());
                    }
                })));
        assertThat(unnamed).as("answers without a named schema").isEmpty();
    }

    private static JsonNode operation(String path) {
        JsonNode post = document.path("paths").path(path).path("post");
        assertThat(post.isMissingNode()).as("POST " + path + " in the OpenAPI document").isFalse();
        return post;
    }

    private static String answerSchemaReference(JsonNode operation) {
        return operation.at("/responses/200/content/" + escaped(JSON) + "/schema/$ref").asText();
    }

    private static Set<String> properties(String schema) {
        JsonNode properties = document.path("components").path("schemas").path(schema).path("properties");
        assertThat(properties.isObject()).as("the properties of schema " + schema).isTrue();
        return fieldNames(properties);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String escaped(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }
}
