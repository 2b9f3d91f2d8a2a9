package org.credo.service.audit;

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
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credo.service.Api.auditor;
import static org.credo.service.Api.customs;
import static org.credo.service.Api.inspection;
import static org.credo.service.Api.newEnterprise;
import static org.credo.service.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Records stored before inputs were bounded (a 100,000-digit amount, which no reader within limits parses) or whose
 * stored text is otherwise unparseable, put in the chain as the writer would have: verification, search, both
 * exports, the record itself and its console page all answer, each such record reported as unreadable.
 */
@QuarkusTest
class UnreadableRecordTest {
    /** The request window's first and last day: exports of every record, by explicit dates. */
    private static final String FIRST_DAY = "1990-01-01";
    private static final String LAST_DAY = "2100-12-31";
    private static final String HUGE_AMOUNT = "{\"inputs\":{\"declaredValueCny\":1" + "0".repeat(99_999)
            + "},\"outputs\":{\"selected\":true},\"reasons\":[],\"referenceData\":null,\"trace\":[]}";
    private static final String TRUNCATED = "{\"inputs\":{\"declaredValueCny\":5200";

    @Inject
    AuditStore store;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    LogStore log;

    private String enterprise;
    private String hugeAmount;
    private String truncated;
    private String decidedAfter;

    @BeforeEach
    void legacyRecordsInTheChain() throws SQLException {
        enterprise = newEnterprise();
        hugeAmount = storeAsTheWriterWould(HUGE_AMOUNT);
        truncated = storeAsTheWriterWould(TRUNCATED);
        decidedAfter = customs().body(inspection(unique("DECL"), enterprise, "2026-11-26"))
                .post("/api/v1/decisions/inspection").then().statusCode(200).extract().path("decisionId");
    }

    @Test
    void theChainWithUnreadableRecordsVerifies() {
        auditor().get("/api/v1/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("firstInvalidDecisionId", nullValue());
    }

    @Test
    void anUnreadableRecordIsAnsweredWithItsHashesAndWhyItCannotBeRead() {
        for (String id : List.of(hugeAmount, truncated)) {
            auditor().get("/api/v1/decisions/" + id).then().statusCode(200)
                    .body("decisionId", equalTo(id)).body("enterpriseId", equalTo(enterprise))
                    .body("unreadable", containsString("cannot be read")).body("inputs", nullValue())
                    .body("hash", equalTo(storedHash(id)));
        }
        auditor().get("/api/v1/decisions/" + hugeAmount).then()
                .body("unreadable", containsString("Number value length"));
        auditor().get("/api/v1/decisions/" + decidedAfter).then().statusCode(200)
                .body("unreadable", nullValue()).body("outputs.declarationId", notNullValue());
    }

    @Test
    void searchReportsUnreadableRecordsAmongTheOthers() {
        JsonPath page = auditor().queryParam("enterpriseId", enterprise).get("/api/v1/decisions").then()
                .statusCode(200).body("total", equalTo(3)).extract().jsonPath();
        assertThat(page.getList("items.decisionId", String.class)).containsExactly(decidedAfter, truncated,
                hugeAmount);
        assertThat(page.getList("items.findAll { it.unreadable != null }.decisionId", String.class))
                .containsExactlyInAnyOrder(truncated, hugeAmount);
        auditor().queryParam("size", 200).get("/api/v1/decisions").then().statusCode(200);
    }

    @Test
    void bothExportsWriteEveryRecordAndMarkTheUnreadableOnes() {
        // every record the tests stored, by explicit dates rather than the day the service would compute
        String ndjson = auditor().accept("application/x-ndjson").queryParam("from", FIRST_DAY)
                .queryParam("to", LAST_DAY)
                .get("/api/v1/audit/export").then().statusCode(200).extract().asString();
        List<JsonPath> lines = ndjson.lines().map(JsonPath::new).toList();
        assertThat(lines).allSatisfy(line -> assertThat(line.getString("hash")).hasSize(64));
        assertThat(lines).filteredOn(line -> line.getString("decisionId").equals(hugeAmount)).singleElement()
                .satisfies(line -> assertThat(line.getString("unreadable")).contains("cannot be read"));
        assertThat(lines).filteredOn(line -> line.getString("decisionId").equals(decidedAfter)).hasSize(1);

        String csv = auditor().accept("text/csv").queryParam("from", FIRST_DAY).queryParam("to", LAST_DAY)
                .queryParam("format", "csv").get("/api/v1/audit/export").then().statusCode(200).extract().asString();
        AuditRecord stored = store.byId(truncated).orElseThrow();
        assertThat(csv.lines().filter(row -> row.contains(truncated)).findFirst()).hasValueSatisfying(row ->
                assertThat(row).contains(",,,," + stored.previousHash() + "," + stored.hash() + ",")
                        .contains("the stored body cannot be read"));
        assertThat(csv).contains(decidedAfter).contains(hugeAmount);
    }

    @Test
    void theConsoleShowsAPlaceholderForAnUnreadableRecord() {
        var cookies = new CookieFilter();
        RestAssured.given().filter(cookies).redirects().follow(false).formParam("j_username", "auditor")
                .formParam("j_password", "auditor").post("/j_security_check").then().statusCode(302);
        RestAssured.given().filter(cookies).get("/console/decisions/" + hugeAmount).then().statusCode(200)
                .body(containsString("id=\"unreadable\"")).body(containsString(hugeAmount));
        RestAssured.given().filter(cookies).get("/console/decisions?enterpriseId=" + enterprise).then()
                .statusCode(200).body(containsString(truncated));
        RestAssured.given().filter(cookies).get("/console/audit/verify").then().statusCode(200);
    }

    @Test
    void anUnreadableRecordCannotBeReplayed() {
        auditor().post("/api/v1/decisions/" + truncated + "/replay").then().statusCode(409)
                .contentType("application/problem+json");
    }

    /**
     * Appends a record whose stored body is {@code content}, hashed over that text, at the head of the log, as the
     * writer does: under the log's lock, its leaf the canonical body over that text, the tree advanced.
     */
    private String storeAsTheWriterWould(String content) throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        StoredBody stored = StoredBody.read(content);
        AuditRecord unsealed = new AuditRecord(0, UUID.randomUUID().toString(), "inspection", enterprise, null,
                "0".repeat(64), LocalDate.of(2026, 11, 26), "customs", now, now, stored.body(), null, null, content,
                stored.problem());
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

    private String storedHash(String decisionId) {
        return store.byId(decisionId).orElseThrow().hash();
    }
}
