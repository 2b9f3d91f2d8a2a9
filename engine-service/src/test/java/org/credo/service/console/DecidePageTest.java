package org.credo.service.console;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.credo.service.Api;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/**
 * The decision forms (the inspection and the plan's decisions): Chinese and English, decided and recorded like the
 * API, invalid input not decided.
 */
@QuarkusTest
class DecidePageTest {
    private static RequestSpecification signedIn(String user) {
        return ConsoleClient.signIn(user).withToken();
    }

    @Test
    void eachFormShowsInChineseAndInEnglish() {
        signedIn("customs").get("/console/decide/credit-measures?lang=zh").then().statusCode(200)
                .body(containsString("企业信用分类管理措施")).body(containsString("依企业信用库认定"))
                .body(containsString("高级认证 ADVANCED_CERTIFIED"));
        signedIn("customs").get("/console/decide/fx-electronic-settlement?lang=zh").then().statusCode(200)
                .body(containsString("凭电子交易信息结售汇")).body(containsString("已审核交易真实性"));
        signedIn("customs").get("/console/decide/fx-loan-conversion?lang=en").then().statusCode(200)
                .body(containsString("Domestic FX loan with an export background"))
                .body(containsString("购汇 FX_PURCHASE"));
        signedIn("customs").get("/console/decide?lang=en").then().statusCode(200)
                .body(containsString("href=\"/console/decide/credit-measures\""))
                .body(containsString("Inspection decision for a declaration"))
                .body(containsString("<option value=\"EXPORT\" >export 出口 EXPORT</option>"));
        signedIn("customs").get("/console/decide?lang=zh").then().statusCode(200)
                .body(containsString("申报单查验决策"))
                .body(containsString("<option value=\"IMPORT\" selected>进口 IMPORT</option>"))
                .body(containsString("<option value=\"0110\" >0110</option>"))
                .body(matchesPattern("(?s).*id=\"d-declarationId\" value=\"DECL-[0-9A-F]{8}\".*"))
                .body(matchesPattern("(?s).*id=\"d-declarationDate\" value=\"\\d{4}-\\d{2}-\\d{2}\".*"));
    }

    @Test
    void anInspectionDecidedInTheConsoleIsRecordedAsTheApiWouldWithItsReasonsAndTheirConfidence() {
        String page = signedIn("customs").formParam("declarationId", Api.unique("DECL-CONSOLE"))
                .formParam("enterpriseId", Api.KNOWN_ENTERPRISE.toLowerCase(Locale.ROOT))
                .formParam("customsMode", "9710").formParam("direction", "EXPORT")
                .formParam("declaredValueCny", "5200.00").formParam("hsCode", "0306170000")
                .formParam("declarationDate", "2026-11-20")
                .post("/console/decide?lang=en").then().statusCode(200)
                .body(containsString("id=\"decided-id\"")).extract().asString();
        String decisionId = page.replaceAll("(?s).*id=\"decided-id\">([^<]+)<.*", "$1");
        var stored = Api.auditor().get("/api/v1/decisions/" + decisionId).then().statusCode(200)
                .body("type", equalTo("inspection"))
                .body("inputs.enterpriseId", equalTo(Api.KNOWN_ENTERPRISE))
                .body("inputs.declaredValueCny", equalTo(5200)).extract().jsonPath();
        List<String> ruleIds = stored.getList("reasons.ruleId", String.class);
        List<String> confidences = stored.getList("reasons.confidence", String.class);
        assertThat(ruleIds).isNotEmpty();
        for (int i = 0; i < ruleIds.size(); i++) {
            assertThat(page).contains("<code>" + ruleIds.get(i) + "</code>").contains("(" + confidences.get(i) + ")");
        }
    }

    @Test
    void aDeclaredValueThatIsNoNumberIsShownAsUnreadableAndNotDecided() {
        signedIn("customs").formParam("declarationId", "DECL-CONSOLE-NAN")
                .formParam("enterpriseId", Api.KNOWN_ENTERPRISE).formParam("customsMode", "9710")
                .formParam("direction", "EXPORT").formParam("declaredValueCny", "five thousand")
                .formParam("hsCode", "0306170000").formParam("declarationDate", "2026-11-20")
                .post("/console/decide?lang=en").then().statusCode(200)
                .body(containsString("id=\"violations\"")).body(containsString("the request cannot be read"))
                .body(containsString("value=\"five thousand\"")).body(not(containsString("id=\"decided-id\"")));
    }

    @Test
    void aLoanConversionDecidedInTheConsoleIsRecordedWithItsRules() {
        signedIn("customs").formParam("enterpriseId", Api.KNOWN_ENTERPRISE)
                .formParam("conversionDate", "2025-06-30").formParam("exportBackground", "true")
                .formParam("repaymentSource", "FX_PURCHASE")
                .post("/console/decide/fx-loan-conversion?lang=zh").then().statusCode(200)
                .body(containsString("id=\"decided-id\""))
                .body(containsString("FX-LOAN-REPAY-PURCHASE"))
                .body(containsString("汇发〔2017〕3号"));
    }

    @Test
    void creditMeasuresWithAClassFromTheFormAreDecided() {
        signedIn("customs").formParam("enterpriseId", Api.KNOWN_ENTERPRISE).formParam("creditClass", "DISHONEST")
                .formParam("asOf", "2025-06-30")
                .post("/console/decide/credit-measures").then().statusCode(200)
                .body(containsString("id=\"decided-id\""))
                .body(containsString("CM-251-DIS-INSPECTION"))
                .body(containsString("AT_LEAST_80_PERCENT"));
    }

    @Test
    void aPaymentInstitutionLeavingItsLicenceOpenIsRefusedWithTheRule() {
        signedIn("customs").formParam("provider", "PAYMENT_INSTITUTION").formParam("settlementDate", "2025-06-30")
                .formParam("customerIdentified", "true").formParam("transactionInfoCollected", "true")
                .formParam("authenticityReviewed", "true").formParam("licensed", "")
                .formParam("listRegistered", "true").formParam("partnerBank", "true")
                .post("/console/decide/fx-electronic-settlement").then().statusCode(422)
                .body(containsString("FX-ETI-ADM-PI-LICENSED"));
    }

    @Test
    void anInvalidRequestIsShownWithItsFieldAndNotDecided() {
        signedIn("customs").formParam("enterpriseId", "NOT-A-USCC").formParam("conversionDate", "2025-06-30")
                .formParam("exportBackground", "true").formParam("repaymentSource", "EXPORT_PROCEEDS")
                .post("/console/decide/fx-loan-conversion").then().statusCode(200)
                .body(containsString("id=\"violations\"")).body(containsString("enterpriseId"))
                .body(not(containsString("id=\"decided-id\"")));
        signedIn("customs").formParam("provider", "BANK").formParam("settlementDate", "2025-06-31")
                .post("/console/decide/fx-electronic-settlement").then().statusCode(200)
                .body(containsString("id=\"violations\"")).body(not(containsString("id=\"decided-id\"")));
    }

    @Test
    void onlyDecisionClientsReachTheFormsAndAnUnknownFormIsNotFound() {
        signedIn("auditor").get("/console/decide/credit-measures").then().statusCode(403);
        signedIn("customs").get("/console/decide/no-such-decision").then().statusCode(404);
        signedIn("customs").get("/console/decide/inspection").then().statusCode(404);
    }
}
