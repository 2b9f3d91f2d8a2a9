package org.credo.service.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.credo.service.audit.log.LogAppend;
import org.credo.service.audit.log.LogLeaf;
import org.credo.service.audit.log.LogStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credo.service.Api.auditor;
import static org.credo.service.Api.customs;
import static org.credo.service.Api.inspection;
import static org.credo.service.Api.newEnterprise;
import static org.credo.service.Api.unique;
import static org.hamcrest.Matchers.equalTo;

/**
 * A new decision record refers to its rules by id (the rule-set version it names holds their texts) while the answer,
 * the stored record, both exports and the console show the texts; a record stored with its texts, as every record was
 * before, still verifies, shows the same and replays.
 */
@QuarkusTest
class RuleReferencesTest {
    /** The request window's first and last day: exports of every record, by explicit dates. */
    private static final String FIRST_DAY = "1990-01-01";
    private static final String LAST_DAY = "2100-12-31";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AuditStore store;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    LogStore log;

    private String enterprise;
    private JsonPath answer;
    private String decisionId;

    @BeforeEach
    void anInspection() {
        enterprise = newEnterprise();
        answer = customs().body(inspection(unique("DECL-REF"), enterprise, "2026-11-26"))
                .post("/api/v1/decisions/inspection").then().statusCode(200).extract().jsonPath();
        decisionId = answer.getString("decisionId");
    }

    @Test
    void theAnswerCarriesEveryRulesTextsWhileTheRecordStoresOnlyTheirIds() throws Exception {
        List<Map<String, Object>> reasons = answer.getList("reasons");
        assertThat(reasons).isNotEmpty().allSatisfy(reason -> assertThat(reason)
                .containsKeys("ruleId", "description", "legalBasis", "confidence"));
        assertThat(reasons).anySatisfy(reason -> assertThat(reason.get("description")).isNotNull());

        JsonNode stored = JSON.readTree(storedContent(decisionId));
        assertThat(stored.path("reasons")).isNotEmpty();
        for (JsonNode reason : stored.path("reasons")) {
            if (!reason.path("ruleId").asText().startsWith("CREDO-")) {
                assertThat(reason.has("description")).as(reason.toString()).isFalse();
                assertThat(reason.has("legalBasis")).as(reason.toString()).isFalse();
                assertThat(reason.has("descriptionZh")).as(reason.toString()).isFalse();
                assertThat(reason.has("legalBasisZh")).as(reason.toString()).isFalse();
            }
        }
        assertThat(storedContent(decisionId)).doesNotContain(firstDescription());
    }

    @Test
    void theStoredRecordShowsTheTextsInItsReasonsAndTrace() {
        JsonPath record = auditor().get("/api/v1/decisions/" + decisionId).then().statusCode(200).extract()
                .jsonPath();

        assertThat(english(record.getList("reasons"))).isEqualTo(answer.getList("reasons"));
        var traced = new ArrayList<String>(record.getList(
                "trace.trace.decisions.flatten().matchedRules.flatten().basis.description", String.class));
        traced.addAll(record.getList("trace.trace.firedRules.flatten().basis.description", String.class));
        assertThat(traced).containsAll(answer.getList("reasons.findAll { !it.ruleId.startsWith('CREDO-') }"
                + ".description", String.class));
        assertThat(record.getList("trace.trace.firedRules.flatten().basis.legalBasis", String.class))
                .isNotEmpty().doesNotContainNull();
    }

    @Test
    void bothExportsAndTheConsoleShowTheTexts() {
        // every record the tests stored, by explicit dates rather than the day the service would compute
        String ndjson = auditor().accept("application/x-ndjson").queryParam("from", FIRST_DAY)
                .queryParam("to", LAST_DAY)
                .get("/api/v1/audit/export").then().statusCode(200).extract().asString();
        JsonPath line = ndjson.lines().filter(l -> l.contains(decisionId)).map(JsonPath::new).findFirst()
                .orElseThrow();
        assertThat(english(line.getList("reasons"))).isEqualTo(answer.getList("reasons"));

        String csv = auditor().accept("text/csv").queryParam("from", FIRST_DAY).queryParam("to", LAST_DAY)
                .queryParam("format", "csv").get("/api/v1/audit/export").then().statusCode(200).extract().asString();
        assertThat(csv.lines().filter(row -> row.contains(decisionId)).findFirst()).hasValueSatisfying(row ->
                assertThat(row).contains(firstDescription().replace("\"", "\"\"")));

        var cookies = new CookieFilter();
        RestAssured.given().filter(cookies).redirects().follow(false).formParam("j_username", "auditor")
                .formParam("j_password", "auditor").post("/j_security_check").then().statusCode(302);
        String page = RestAssured.given().filter(cookies).get("/console/decisions/" + decisionId).then()
                .statusCode(200).extract().asString();
        assertThat(page).contains(html(firstDescription()));
    }

    @Test
    void aNewRecordReplaysIdentically() {
        auditor().post("/api/v1/decisions/" + decisionId + "/replay").then().statusCode(200)
                .body("identical", equalTo(true));
    }

    @Test
    void aRecordStoredWithItsTextsVerifiesShowsTheSameAndReplays() throws SQLException {
        AuditRecord shown = store.byId(decisionId).orElseThrow();
        String old = storeWithItsTexts(shown);

        assertThat(storedContent(old)).contains(firstDescription());
        auditor().get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
        JsonPath record = auditor().get("/api/v1/decisions/" + old).then().statusCode(200).extract().jsonPath();
        assertThat(english(record.getList("reasons"))).isEqualTo(answer.getList("reasons"));
        auditor().post("/api/v1/decisions/" + old + "/replay").then().statusCode(200)
                .body("identical", equalTo(true));
        assertThat(store.byId(old).orElseThrow().canonicalBody()).as("its leaf, as stored")
                .contains(storedDescription());
        assertThat(store.byId(decisionId).orElseThrow().canonicalBody()).doesNotContain(storedDescription());
    }

    private String firstDescription() {
        return answer.getList("reasons.description", String.class).stream()
                .filter(d -> d != null && !d.startsWith("enterprise ")).findFirst().orElseThrow();
    }

    /**
     * Reasons as an English answer names them: a record keeps each rule's Chinese texts too ({@code descriptionZh},
     * {@code legalBasisZh}), which an answer in English leaves out.
     */
    private static List<Map<String, Object>> english(List<Map<String, Object>> reasons) {
        return reasons.stream().map(reason -> {
            Map<String, Object> copy = new LinkedHashMap<>(reason);
            copy.remove("descriptionZh");
            copy.remove("legalBasisZh");
            return copy;
        }).toList();
    }

    /** The first description as the record's canonical JSON holds it. */
    private String storedDescription() {
        return CanonicalJson.of(JSON.getNodeFactory().textNode(firstDescription()));
    }

    private String storedContent(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT content FROM decision_record WHERE decision_id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }

    /** Appends a copy of {@code shown}, texts and all, as the writer stored every record before references. */
    private String storeWithItsTexts(AuditRecord shown) throws SQLException {
        ObjectNode body = shown.body().deepCopy();
        String content = CanonicalJson.of(body);
        AuditRecord unsealed = AuditRecord.unsealed(UUID.randomUUID().toString(), shown.type(), shown.enterpriseId(),
                null, shown.rulesetVersion(), shown.asOf(), shown.principal(), shown.requestedAt(), shown.decidedAt(),
                body);
        String canonicalBody = unsealed.canonicalBody(content);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            var append = new LogAppend(log.lock(connection));
            AuditRecord sealed = unsealed.seal(append.nextSequence(), append.previousHash(), canonicalBody);
            append.append(sealed.hash(), LogLeaf.of(canonicalBody));
            store.insert(connection, List.of(new AuditStore.Row(sealed, content)));
            log.advance(connection, append);
            connection.commit();
            return sealed.decisionId();
        }
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
