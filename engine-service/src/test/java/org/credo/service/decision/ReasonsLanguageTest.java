package org.credo.service.decision;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.credo.service.Api.auditor;
import static org.credo.service.Api.customs;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Reasons name each rule in the caller's language; the stored record keeps both, whoever asked. */
@QuarkusTest
class ReasonsLanguageTest {
    private static final String ORDER = """
            {"orderValueCny": 3000, "itemCount": 2, "annualUsedCny": 0, "vatRate": 0.13, "consumptionTaxRate": 0,
             "declarationDate": "2025-06-30"}""";

    @Test
    void aCallerAskingForChineseReadsEachRuleInChineseUnderTheContractFieldNames() {
        customs().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5").body(ORDER)
                .post("/api/v1/decisions/retail-import").then().statusCode(200)
                .body("reasons.find { it.ruleId == 'RI-49-PREFERENTIAL' }.legalBasis",
                        startsWith("《财政部 海关总署 税务总局关于完善跨境电子商务零售进口税收政策的通知》（财关税〔2018〕49号）"))
                .body("reasons.find { it.ruleId == 'RI-49-PREFERENTIAL' }.description",
                        startsWith("单次交易不超过5000元"))
                .body("reasons[0].legalBasisZh", nullValue());
    }

    @Test
    void aCallerWithoutALanguageOrAskingForAnotherReadsEnglish() {
        for (String language : new String[] {null, "fr-FR", "en-GB,zh;q=0.4"}) {
            var request = customs().body(ORDER);
            if (language != null) {
                request.header("Accept-Language", language);
            }
            request.post("/api/v1/decisions/retail-import").then().statusCode(200)
                    .body("reasons.find { it.ruleId == 'RI-49-PREFERENTIAL' }.legalBasis",
                            startsWith("财关税〔2018〕49号 (MOF, GACC, STA"))
                    .body("reasons[0].descriptionZh", nullValue());
        }
    }

    @Test
    void theStoredRecordKeepsBothLanguagesWhateverTheCallerAsked() {
        String decisionId = customs().header("Accept-Language", "zh").body(ORDER)
                .post("/api/v1/decisions/retail-import").then().statusCode(200).extract().path("decisionId");

        auditor().get("/api/v1/decisions/" + decisionId).then().statusCode(200)
                .body("reasons.find { it.ruleId == 'RI-49-PREFERENTIAL' }.legalBasis",
                        startsWith("财关税〔2018〕49号 (MOF, GACC, STA"))
                .body("reasons.find { it.ruleId == 'RI-49-PREFERENTIAL' }.legalBasisZh",
                        startsWith("《财政部 海关总署 税务总局关于完善跨境电子商务零售进口税收政策的通知》"))
                .body("trace.trace.decisions.flatten().matchedRules.flatten().basis.descriptionZh",
                        hasItem(startsWith("单次交易不超过5000元")));
    }
}
