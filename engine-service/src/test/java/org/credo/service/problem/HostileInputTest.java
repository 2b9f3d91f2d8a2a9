package org.credo.service.problem;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.credo.service.Api;
import org.credo.service.Endpoints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The attack corpus of {@code attacks/requests/} sent to every field of every request: each hostile value is refused
 * with 400 problem+json naming the field, nothing is stored (no decision record, enterprise or event), and the audit
 * trail still verifies.
 */
@QuarkusTest
class HostileInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARKER = "\u2603hostile\u2603";
    private static final Pattern REPEAT = Pattern.compile("<<(\\d+)\\*([^>]*)>>");
    private static final String BATCH = "{\"declarations\": [" + String.join(", ", Api.inspection("B-0",
            Api.KNOWN_ENTERPRISE, "2026-11-26"), Api.inspection("B-1", Api.KNOWN_ENTERPRISE, "2026-11-26"),
            Api.inspection("B-2", Api.KNOWN_ENTERPRISE, "2026-11-26"),
            Api.inspection("B-3", Api.KNOWN_ENTERPRISE, "2026-11-26")) + "]}";

    @Inject
    AgroalDataSource dataSource;

    private long storedBefore;

    /** One field of one request, of a class of values ({@code amount}, {@code date} …). */
    record Target(String method, String path, String user, String body, String field, String kind) {
    }

    /** One hostile value: raw JSON text. */
    record Attack(String name, String json) {
    }

    record Case(Target target, Attack attack) {
        @Override
        public String toString() {
            return attack.name() + " → " + target.method() + " " + target.path() + " " + target.field();
        }
    }

    /** A whole hostile input context for the generic model endpoint and the field it must be refused at. */
    record Context(String name, String body, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Target> targets() {
        String credit = "/api/v1/decisions/credit-classification";
        String inspection = "/api/v1/decisions/inspection";
        String batch = "/api/v1/decisions/inspection/batch";
        String fxRegistration = "/api/v1/decisions/fx-registration";
        String fxSettlement = "/api/v1/decisions/fx-individual-settlement";
        String retailImport = "/api/v1/decisions/retail-import";
        String retailExport = "/api/v1/decisions/retail-export-tax";
        String event = "/api/v1/enterprises/" + Api.KNOWN_ENTERPRISE + "/events";
        String enterprise = "/api/v1/enterprises/" + Api.newEnterprise();
        return List.of(
                post(credit, Endpoints.CREDIT, "enterpriseId", "uscc"),
                post(credit, Endpoints.CREDIT, "priorYearDocumentCount", "count"),
                post(credit, Endpoints.CREDIT, "asOf", "date"),
                post(credit, Endpoints.CREDIT, "events[0].eventId", "id"),
                post(credit, Endpoints.CREDIT, "events[0].occurredOn", "date"),
                post(credit, Endpoints.CREDIT, "events[0].amountCny", "amount"),
                post(credit, Endpoints.CREDIT, "events[0].dueDate", "date"),
                post(credit, Endpoints.CREDIT, "events[0].paidOn", "date"),
                post(inspection, Endpoints.INSPECTION, "declarationId", "id"),
                post(inspection, Endpoints.INSPECTION, "enterpriseId", "uscc"),
                post(inspection, Endpoints.INSPECTION, "declaredValueCny", "amount"),
                post(inspection, Endpoints.INSPECTION, "hsCode", "hsCode"),
                post(inspection, Endpoints.INSPECTION, "declarationDate", "date"),
                post(batch, BATCH, "declarations[3].declarationId", "id"),
                post(batch, BATCH, "declarations[3].declaredValueCny", "amount"),
                post(batch, BATCH, "declarations[3].hsCode", "hsCode"),
                post(batch, BATCH, "declarations[3].declarationDate", "date"),
                post(fxRegistration, Endpoints.FX_REGISTRATION, "enterpriseId", "uscc"),
                post(fxRegistration, Endpoints.FX_REGISTRATION, "annualReceiptsUsd", "amount"),
                post(fxRegistration, Endpoints.FX_REGISTRATION, "annualPaymentsUsd", "amount"),
                post(fxSettlement, Endpoints.FX_SETTLEMENT, "amountUsd", "amount"),
                post(fxSettlement, Endpoints.FX_SETTLEMENT, "quotaUsedUsd", "amount"),
                post("/api/v1/decisions/fx-advance-payment", Endpoints.FX_ADVANCE, "termMonths", "count"),
                post(retailImport, Endpoints.RETAIL_IMPORT, "orderValueCny", "amount"),
                post(retailImport, Endpoints.RETAIL_IMPORT, "itemCount", "count"),
                post(retailImport, Endpoints.RETAIL_IMPORT, "annualUsedCny", "amount"),
                post(retailImport, Endpoints.RETAIL_IMPORT, "vatRate", "rate"),
                post(retailImport, Endpoints.RETAIL_IMPORT, "consumptionTaxRate", "rate"),
                post(retailExport, Endpoints.RETAIL_EXPORT, "exportDate", "date"),
                post(retailExport, Endpoints.RETAIL_EXPORT, "revenueCny", "amount"),
                post("/api/v1/decisions/credit-measures", Endpoints.CREDIT_MEASURES, "enterpriseId", "uscc"),
                post("/api/v1/decisions/credit-measures", Endpoints.CREDIT_MEASURES, "asOf", "date"),
                post("/api/v1/decisions/fx-electronic-settlement", Endpoints.FX_ELECTRONIC_SETTLEMENT,
                        "settlementDate", "date"),
                post("/api/v1/decisions/fx-loan-conversion", Endpoints.FX_LOAN_CONVERSION, "enterpriseId", "uscc"),
                post("/api/v1/decisions/fx-loan-conversion", Endpoints.FX_LOAN_CONVERSION, "conversionDate", "date"),
                post(event, Endpoints.EVENT, "eventId", "id"),
                post(event, Endpoints.EVENT, "occurredOn", "date"),
                post(event, Endpoints.EVENT, "amountCny", "amount"),
                new Target("PUT", enterprise, "admin", Endpoints.ENTERPRISE, "name", "name"),
                new Target("PUT", enterprise, "admin", Endpoints.ENTERPRISE, "priorYearDocumentCount", "count"));
    }

    static List<Case> cases() {
        Map<String, List<Attack>> values = corpus("values.json", new TypeReference<>() { });
        var cases = new ArrayList<Case>();
        for (Target target : targets()) {
            assertThat(values).containsKey(target.kind());
            values.get(target.kind()).forEach(attack -> cases.add(new Case(target, attack)));
        }
        return cases;
    }

    static List<Target> amounts() {
        return targets().stream().filter(t -> t.kind().equals("amount")).toList();
    }

    static List<Context> contexts() {
        return corpus("model-contexts.json", new TypeReference<>() { });
    }

    @BeforeEach
    void countStored() {
        Api.customs().body(Endpoints.ENTERPRISE).put("/api/v1/enterprises/" + Api.KNOWN_ENTERPRISE)
                .then().statusCode(200);
        storedBefore = stored();
    }

    @AfterEach
    void nothingStoredAndTheTrailVerifies() {
        assertThat(stored()).as("decision records, enterprises and credit events stored").isEqualTo(storedBefore);
        Api.auditor().get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aHostileValueIsRefusedAtItsField(Case c) {
        Target target = c.target();
        refusedAt(send(target, splice(target.body(), target.field(), expand(c.attack().json()))), target.field());
    }

    @ParameterizedTest(name = "unicode-escaped name, 1e99999 → {0}")
    @MethodSource("amounts")
    void aFieldNameWrittenWithUnicodeEscapesIsBoundAllTheSame(Target target) {
        String spliced = splice(target.body(), target.field(), "1e99999");
        String leaf = leaf(target.field());
        String escaped = leaf.chars().mapToObj(ch -> String.format("\\u%04x", ch)).collect(Collectors.joining());
        String body = spliced.replace("\"" + leaf + "\":1e99999", "\"" + escaped + "\":1e99999");
        assertThat(body).contains(escaped);
        refusedAt(send(target, body), target.field());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contexts")
    void aHostileModelContextIsRefusedAtItsPath(Context context) {
        refusedAt(Api.customs().body(expand(context.body())).post("/api/v1/models/Spot checks/evaluate"),
                context.field());
    }

    @Test
    void aBatchOfMoreThanTenThousandDeclarationsIsRefused() {
        String one = Api.inspection("B-HUGE", Api.KNOWN_ENTERPRISE, "2026-11-26");
        String body = "{\"declarations\": [" + (one + ",").repeat(10_000) + one + "]}";
        refusedAt(Api.customs().body(body).post("/api/v1/decisions/inspection/batch"), "declarations");
    }

    @Test
    void moreThanTenThousandCreditEventsAreRefused() throws IOException {
        ObjectNode credit = (ObjectNode) JSON.readTree(Endpoints.CREDIT);
        JsonNode event = credit.path("events").get(0);
        var events = credit.putArray("events");
        for (int i = 0; i <= 10_000; i++) {
            events.add(event);
        }
        refusedAt(Api.customs().body(JSON.writeValueAsString(credit))
                .post("/api/v1/decisions/credit-classification"), "events");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void aQueryParameterOutOfRangeIsRefused(String user, String path, String parameter) {
        refusedAt(Api.as(user).urlEncodingEnabled(false).get(path), parameter);
    }

    static List<Arguments> queries() {
        String credit = "/api/v1/enterprises/" + Api.KNOWN_ENTERPRISE + "/credit?asOf=";
        return List.of(
                Arguments.of("customs", credit + "1989-12-31", "asOf"),
                Arguments.of("customs", credit + "%2B999999999-12-31", "asOf"),
                Arguments.of("auditor", "/api/v1/decisions?from=1989-12-31", "from"),
                Arguments.of("auditor", "/api/v1/decisions?to=2101-01-01", "to"),
                Arguments.of("auditor",
                        "/api/v1/decisions?from=%2B999999999-12-31T00:00Z", "from"),
                Arguments.of("auditor",
                        "/api/v1/decisions?to=-999999999-01-01T00:00%2B18:00", "to"),
                Arguments.of("auditor", "/api/v1/decisions?page=2147483648", "page"),
                Arguments.of("auditor", "/api/v1/decisions?size=0", "size"),
                Arguments.of("auditor",
                        "/api/v1/audit/export?from=0001-01-01&to=2026-01-01", "from"));
    }

    private static void refusedAt(Response response, String field) {
        assertThat(response.statusCode()).as(abbreviated(response)).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:credo:problem:invalid-input");
        assertThat(response.jsonPath().getList("violations.field", String.class)).as(abbreviated(response))
                .contains(field);
    }

    private static String abbreviated(Response response) {
        String body = response.asString();
        return body.length() > 2_000 ? body.substring(0, 2_000) + "…" : body;
    }

    private static Target post(String path, String body, String field, String kind) {
        return new Target("POST", path, "customs", body, field, kind);
    }

    private static Response send(Target target, String body) {
        return Api.as(target.user()).body(body).request(target.method(), target.path());
    }

    /** The body with {@code field} (a path such as {@code declarations[3].hsCode}) set to raw JSON text. */
    static String splice(String body, String field, String rawJson) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(body);
            ObjectNode holder = root;
            String[] parts = field.split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                Matcher indexed = Pattern.compile("(\\w+)\\[(\\d+)]").matcher(parts[i]);
                holder = indexed.matches()
                        ? (ObjectNode) holder.get(indexed.group(1)).get(Integer.parseInt(indexed.group(2)))
                        : (ObjectNode) holder.get(parts[i]);
            }
            holder.put(parts[parts.length - 1], MARKER);
            return JSON.writeValueAsString(root).replace("\"" + MARKER + "\"", rawJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String leaf(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    /** Expands {@code <<N*text>>} to text repeated N times. */
    static String expand(String payload) {
        Matcher m = REPEAT.matcher(payload);
        var out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
        }
        return m.appendTail(out).toString();
    }

    private static <T> T corpus(String name, TypeReference<T> type) {
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/attacks/requests/" + name)) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long stored() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM decision_record)"
                     + " + (SELECT COUNT(*) FROM enterprise) + (SELECT COUNT(*) FROM credit_event)")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
