package org.credo.service.console;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.credo.core.Bundle;
import org.credo.service.Api;
import org.credo.zone.ZoneRuleSet;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The DMN editor's save path: the edited DMN files replace the source version's, every other file stays byte for
 * byte, and the result is uploaded as a zip upload is — a DRAFT when it validates, the located problems when not.
 * Only a rule author saves, and only with the console's CSRF token.
 */
@QuarkusTest
class DraftFromEditorTest {
    static final String INSPECTION = "dmn/inspection.dmn";
    /** The regular rate of a medium-risk 9610 export, in the shipped inspection model. */
    static final String RATE_CELL = "<outputEntry id=\"rule-ins-reg-ex-cb-m-out1\"><text>0.015</text></outputEntry>";

    static String inspectionWithRate(String rate) {
        String dmn = new String(ZoneRuleSet.shippedBundle().files().get(INSPECTION), StandardCharsets.UTF_8);
        assertThat(dmn).contains(RATE_CELL);
        return dmn.replace(RATE_CELL, RATE_CELL.replace("0.015", rate));
    }

    static Response save(RequestSpecification as, String source, Map<String, String> files) {
        for (var file : files.entrySet()) {
            as = as.multiPart(file.getKey(), file.getKey().substring(file.getKey().lastIndexOf('/') + 1),
                    file.getValue().getBytes(StandardCharsets.UTF_8), "application/xml");
        }
        return as.post("/console/rulesets/" + source + "/drafts");
    }

    private static Map<String, byte[]> replaced(String path, String content) {
        var files = new TreeMap<>(ZoneRuleSet.shippedBundle().files());
        files.put(path, content.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static String source() {
        return Bundle.of(ZoneRuleSet.shippedBundle().files()).versionId();
    }

    @Test
    void aSaveWithoutTheCsrfTokenIsRefusedAndStoresNothing() {
        var author = ConsoleClient.signIn("author");
        save(author.cookiesOnly(), source(), Map.of(INSPECTION, inspectionWithRate("0.0152"))).then().statusCode(400);
        save(author.cookiesOnly().header(ConsoleClient.CSRF_HEADER, "AAAAAAAAAAAAAAAAAAAAAA"), source(),
                Map.of(INSPECTION, inspectionWithRate("0.0152"))).then().statusCode(400);
        assertThat(Bundle.of(replaced(INSPECTION, inspectionWithRate("0.0152"))).versionId())
                .satisfies(v -> Api.auditor().get("/api/v1/rulesets/" + v).then().statusCode(404));
    }

    @Test
    void onlyARuleAuthorMaySave() {
        for (String user : List.of("approver", "auditor", "customs")) {
            var client = ConsoleClient.signIn(user);
            save(client.withToken(), source(), Map.of(INSPECTION, inspectionWithRate("0.0153"))).then()
                    .statusCode(403);
        }
        assertThat(Bundle.of(replaced(INSPECTION, inspectionWithRate("0.0153"))).versionId())
                .satisfies(v -> Api.auditor().get("/api/v1/rulesets/" + v).then().statusCode(404));
    }

    @Test
    void aFileTheVersionDoesNotHoldAsDmnIsRefusedNamingIt() {
        var author = ConsoleClient.signIn("author");
        save(author.withToken(), source(), Map.of("rules/credit-237.drl", "rule \"x\" when then end")).then()
                .statusCode(400).body("violations[0].field", equalTo("rules/credit-237.drl"));
        save(author.withToken(), source(), Map.of("dmn/new.dmn", inspectionWithRate("0.0154"))).then()
                .statusCode(400).body("violations[0].field", equalTo("dmn/new.dmn"));
        author.withToken().multiPart("ignored", "x").post("/console/rulesets/" + source() + "/drafts").then()
                .statusCode(400).body("violations[0].field", equalTo("files"));
    }

    @Test
    void aValidEditBecomesADraftWithEveryOtherFileByteIdentical() {
        var author = ConsoleClient.signIn("author");
        String edit = inspectionWithRate("0.0151");

        String draft = save(author.withToken(), source(), Map.of(INSPECTION, edit)).then().statusCode(201)
                .body("created", equalTo(true)).extract().path("version");

        assertThat(Api.auditor().get("/api/v1/rulesets/" + draft).then().statusCode(200).extract()
                .<String>path("state")).isEqualTo("DRAFT");
        assertThat(Api.auditor().get("/api/v1/rulesets/" + draft).then().extract().<String>path("author"))
                .isEqualTo("author");
        byte[] zip = Api.auditor().get("/api/v1/rulesets/" + draft + "/bundle").then().statusCode(200).extract()
                .asByteArray();
        Map<String, byte[]> saved = Bundle.fromZip(zip).files();
        Map<String, byte[]> shipped = ZoneRuleSet.shippedBundle().files();
        assertThat(saved.keySet()).isEqualTo(shipped.keySet());
        shipped.forEach((path, content) -> {
            if (!path.equals(INSPECTION)) {
                assertThat(saved.get(path)).as(path).isEqualTo(content);
            }
        });
        assertThat(new String(saved.get(INSPECTION), StandardCharsets.UTF_8)).isEqualTo(edit);
    }

    @Test
    void anInvalidEntryIsAnsweredWithTheProblemLocatedOnItsRuleAndNothingIsStored() {
        var author = ConsoleClient.signIn("author");
        int before = Api.auditor().get("/api/v1/rulesets").then().extract().jsonPath().getList("$").size();

        var refusal = save(author.withToken(), source(), Map.of(INSPECTION, inspectionWithRate("0.0x15")))
                .then().statusCode(422).contentType("application/problem+json").extract().jsonPath();

        List<Map<String, Object>> located = refusal.getList("problems.findAll { it.code == 'FEEL_SYNTAX' }");
        assertThat(located).singleElement().satisfies(p -> {
            assertThat(p.get("file")).isEqualTo(INSPECTION);
            assertThat(p.get("element")).isEqualTo("rule-ins-reg-ex-cb-m-out1");
        });
        assertThat(Api.auditor().get("/api/v1/rulesets").then().extract().jsonPath().getList("$")).hasSize(before);
    }
}
