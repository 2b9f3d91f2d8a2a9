package org.credo.service.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.credo.service.Api;
import org.credo.service.Endpoints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of bad input, sent to every endpoint: always a 4xx problem+json, naming the field where there is one. */
@QuarkusTest
class BadInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BAD_USCC = "91350600MA2Y8K3F14";

    /** A bad request: what it is, where it goes, its body, the status expected and the field it must name. */
    record Bad(String kind, String user, String method, String path, String body, int status, String field) {
        @Override
        public String toString() {
            return kind + " → " + method + " " + path;
        }
    }

    /** The field-level mutations a JSON-body endpoint admits (null where the body has no such field). */
    record Fields(String path, String body, String user, String wrongType, Object wrongValue, String enumField,
                  String usccField, String amountField, String requiredField) {
    }

    static List<Fields> bodies() {
        String batchPrefix = "declarations[0].";
        return List.of(
                new Fields("/api/v1/decisions/credit-classification", Endpoints.CREDIT, "customs",
                        "advancedCertified", "yes", "enterpriseKind", "enterpriseId", "events[0].amountCny",
                        "enterpriseKind"),
                new Fields("/api/v1/decisions/inspection", Endpoints.INSPECTION, "customs", "declaredValueCny", "abc",
                        "direction", "enterpriseId", "declaredValueCny", "declarationDate"),
                new Fields("/api/v1/decisions/inspection/batch", "{\"declarations\": [" + Endpoints.INSPECTION + "]}",
                        "customs", batchPrefix + "declarationDate", "2026-02-30", batchPrefix + "customsMode",
                        batchPrefix + "enterpriseId", batchPrefix + "declaredValueCny",
                        batchPrefix + "hsCode"),
                new Fields("/api/v1/decisions/fx-registration", Endpoints.FX_REGISTRATION, "customs", "registered",
                        "no", null, "enterpriseId", "annualReceiptsUsd", "smallMicroCbec"),
                new Fields("/api/v1/decisions/fx-individual-settlement", Endpoints.FX_SETTLEMENT, "customs",
                        "cbecProceeds", 1, null, null, "amountUsd", "quotaUsedUsd"),
                new Fields("/api/v1/decisions/fx-advance-payment", Endpoints.FX_ADVANCE, "customs", "termMonths",
                        "11", "advancerKind", null, "termMonths", "affiliated"),
                new Fields("/api/v1/decisions/retail-import", Endpoints.RETAIL_IMPORT, "customs", "itemCount", 2.5,
                        null, null, "orderValueCny", "vatRate"),
                new Fields("/api/v1/decisions/retail-export-tax", Endpoints.RETAIL_EXPORT, "customs", "exportDate",
                        "yesterday", "customsMode", null, "revenueCny", "hasPurchaseInvoice"),
                new Fields("/api/v1/decisions/credit-measures", Endpoints.CREDIT_MEASURES, "customs", "asOf", true,
                        "creditClass", "enterpriseId", null, "enterpriseId"),
                new Fields("/api/v1/decisions/fx-electronic-settlement", Endpoints.FX_ELECTRONIC_SETTLEMENT, "customs",
                        "customerIdentified", "yes", "provider", null, null, "settlementDate"),
                new Fields("/api/v1/decisions/fx-loan-conversion", Endpoints.FX_LOAN_CONVERSION, "customs",
                        "exportBackground", 1, "repaymentSource", "enterpriseId", null, "conversionDate"),
                new Fields("/api/v1/enterprises/" + Api.KNOWN_ENTERPRISE, Endpoints.ENTERPRISE, "admin",
                        "advancedCertified", "x", "enterpriseKind", null, "priorYearDocumentCount", "name"),
                new Fields("/api/v1/enterprises/" + Api.KNOWN_ENTERPRISE + "/events", Endpoints.EVENT, "customs",
                        "occurredOn", 5, "type", null, "amountCny", "eventId"));
    }

    static List<Bad> cases() throws Exception {
        var cases = new ArrayList<Bad>();
        for (Fields f : bodies()) {
            String method = f.path().startsWith("/api/v1/enterprises/") && !f.path().endsWith("/events")
                    ? "PUT" : "POST";
            cases.add(new Bad("malformed JSON", f.user(), method, f.path(), f.body().substring(0, 20), 400, null));
            cases.add(new Bad("a JSON array instead of an object", f.user(), method, f.path(), "[1, 2]", 400, null));
            cases.add(new Bad("no body", f.user(), method, f.path(), "", 400, null));
            cases.add(new Bad("wrong type", f.user(), method, f.path(),
                    mutate(f.body(), f.wrongType(), n -> set(n, leaf(f.wrongType()), f.wrongValue())), 400,
                    f.wrongType()));
            if (f.enumField() != null) {
                cases.add(new Bad("unknown enumeration value", f.user(), method, f.path(),
                        mutate(f.body(), f.enumField(), n -> n.put(leaf(f.enumField()), "NOT_A_VALUE")), 400,
                        f.enumField()));
            }
            if (f.usccField() != null) {
                cases.add(new Bad("bad USCC", f.user(), method, f.path(),
                        mutate(f.body(), f.usccField(), n -> n.put(leaf(f.usccField()), BAD_USCC)), 400,
                        f.usccField()));
            }
            if (f.amountField() != null) {
                cases.add(new Bad("negative amount", f.user(), method, f.path(),
                        mutate(f.body(), f.amountField(), n -> n.put(leaf(f.amountField()), -1)), 400,
                        f.amountField()));
            }
            cases.add(new Bad("missing field", f.user(), method, f.path(),
                    mutate(f.body(), f.requiredField(), n -> n.remove(leaf(f.requiredField()))), 400,
                    f.requiredField()));
            cases.add(new Bad("oversized body", f.user(), method, f.path(), oversized(), 413, null));
            cases.add(new Bad("deeply nested JSON", f.user(), method, f.path(), nested(f.body()), 400, null));
        }
        String model = "/api/v1/models/Spot checks/evaluate";
        cases.add(new Bad("malformed JSON", "customs", "POST", model, "{\"riskClass\": ", 400, null));
        cases.add(new Bad("a JSON array instead of an object", "customs", "POST", model, "[\"A\"]", 400, null));
        cases.add(new Bad("no body", "customs", "POST", model, "", 400, null));
        cases.add(new Bad("oversized body", "customs", "POST", model, oversized(), 413, null));
        cases.add(new Bad("deeply nested JSON", "customs", "POST", model, nested("{\"riskClass\": \"A\"}"), 400,
                null));
        cases.add(new Bad("unknown model", "customs", "POST", "/api/v1/models/Nope/evaluate", "{}", 404, null));

        String credit = "/api/v1/enterprises/%s/credit?asOf=%s";
        cases.add(new Bad("bad USCC", "customs", "GET", credit.formatted(BAD_USCC, "2026-06-30"), null, 400,
                "enterpriseId"));
        cases.add(new Bad("wrong type", "customs", "GET", credit.formatted(Api.KNOWN_ENTERPRISE, "2026-13-01"),
                null, 400, null));
        cases.add(new Bad("unknown id", "customs", "GET", credit.formatted(Api.UNKNOWN_ENTERPRISE, "2026-06-30"),
                null, 404, null));
        cases.add(new Bad("bad USCC", "customs", "PUT", "/api/v1/enterprises/" + BAD_USCC, Endpoints.ENTERPRISE,
                400, "enterpriseId"));
        cases.add(new Bad("bad USCC", "customs", "POST", "/api/v1/enterprises/" + BAD_USCC + "/events",
                Endpoints.EVENT, 400, "enterpriseId"));
        cases.add(new Bad("unknown id", "customs", "POST", "/api/v1/enterprises/" + Api.UNKNOWN_ENTERPRISE
                + "/events", Endpoints.EVENT, 404, null));

        cases.add(new Bad("unknown id", "auditor", "GET", "/api/v1/decisions/" + java.util.UUID.randomUUID(), null,
                404, null));
        cases.add(new Bad("malformed id", "auditor", "GET", "/api/v1/decisions/not-a-uuid", null, 404, null));
        cases.add(new Bad("unknown id", "auditor", "POST", "/api/v1/decisions/" + java.util.UUID.randomUUID()
                + "/replay", null, 404, null));
        cases.add(new Bad("negative page", "auditor", "GET", "/api/v1/decisions?page=-1", null, 400, "page"));
        cases.add(new Bad("oversized page", "auditor", "GET", "/api/v1/decisions?size=100000", null, 400, "size"));
        cases.add(new Bad("wrong type", "auditor", "GET", "/api/v1/decisions?size=ten", null, 400, null));
        cases.add(new Bad("malformed date", "auditor", "GET", "/api/v1/decisions?from=yesterday", null, 400, null));
        cases.add(new Bad("unknown format", "auditor", "GET",
                "/api/v1/audit/export?from=2026-01-01&to=2026-01-02&format=xml", null, 400, "format"));
        cases.add(new Bad("missing field", "auditor", "GET", "/api/v1/audit/export?from=2026-01-01", null, 400,
                null));
        cases.add(new Bad("reversed range", "auditor", "GET", "/api/v1/audit/export?from=2026-02-01&to=2026-01-01",
                null, 400, null));
        cases.add(new Bad("unknown path", "customs", "GET", "/api/v1/nothing-here", null, 404, null));
        cases.add(new Bad("wrong method", "customs", "DELETE", "/api/v1/decisions/inspection", null, 405, null));
        return cases;
    }

    @BeforeEach
    void knownEnterprise() {
        Api.customs().body(Endpoints.ENTERPRISE).put("/api/v1/enterprises/" + Api.KNOWN_ENTERPRISE)
                .then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyBadInputIsAClientErrorInProblemJson(Bad bad) {
        var request = Api.as(bad.user());
        if (bad.body() != null) {
            request = request.body(bad.body());
        }
        Response response = request.request(bad.method(), bad.path());
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(bad.status());
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(bad.status());
        assertThat(response.jsonPath().getString("title")).isNotBlank();
        assertThat(response.jsonPath().getString("type")).startsWith("urn:credo:problem:");
        if (bad.field() != null) {
            assertThat(response.jsonPath().getList("violations.field", String.class)).as(response.asString())
                    .contains(bad.field());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.credo.service.Endpoints#all")
    void aBodyThatIsNotJsonIsRefusedByEveryEndpointThatTakesOne(Endpoints.Endpoint endpoint) {
        if (endpoint.body() == null) {
            return;
        }
        String user = endpoint.users().iterator().next();
        Response response = Api.as(user).contentType("text/plain").body("hello")
                .request(endpoint.method(), endpoint.path());
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "");
    }

    /** Applies a change to the object that holds {@code path}'s last field. */
    private static String mutate(String body, String path, Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(body);
            ObjectNode holder = root;
            String[] parts = path.split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                String part = parts[i];
                if (part.endsWith("]")) {
                    String name = part.substring(0, part.indexOf('['));
                    int index = Integer.parseInt(part.substring(part.indexOf('[') + 1, part.length() - 1));
                    holder = (ObjectNode) holder.get(name).get(index);
                } else {
                    holder = (ObjectNode) holder.get(part);
                }
            }
            String last = parts[parts.length - 1];
            if (last.endsWith("]")) {
                String name = last.substring(0, last.indexOf('['));
                int index = Integer.parseInt(last.substring(last.indexOf('[') + 1, last.length() - 1));
                holder = (ObjectNode) holder.get(name).get(index);
            }
            change.accept(holder);
            return JSON.writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(ObjectNode node, String field, Object value) {
        node.set(field, JSON.valueToTree(value));
    }

    private static String oversized() {
        return "{\"padding\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}";
    }

    private static String nested(String body) {
        return body.substring(0, body.lastIndexOf('}')) + ", \"deep\": " + "[".repeat(500) + "]".repeat(500) + "}";
    }
}
