package org.credo.service.decision;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleLanguageTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void chineseIsChosenOnlyWhenTheCallerPrefersItToEnglish() {
        assertThat(RuleLanguage.of("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(RuleLanguage.CHINESE);
        assertThat(RuleLanguage.of("zh")).isEqualTo(RuleLanguage.CHINESE);
        assertThat(RuleLanguage.of("en-US,zh;q=0.5")).isEqualTo(RuleLanguage.ENGLISH);
        assertThat(RuleLanguage.of("fr-FR")).isEqualTo(RuleLanguage.ENGLISH);
        assertThat(RuleLanguage.of(null)).isEqualTo(RuleLanguage.ENGLISH);
        assertThat(RuleLanguage.of(";;q=oops")).isEqualTo(RuleLanguage.ENGLISH);
    }

    @Test
    void reasonsKeepTheContractFieldsFilledInTheChosenLanguage() throws Exception {
        var stored = JSON.readTree("""
                [{"ruleId": "R-1", "description": "d", "legalBasis": "Order 1, Art. 2", "confidence": "CONFIRMED",
                  "descriptionZh": "说明", "legalBasisZh": "第1号令第二条"},
                 {"ruleId": "R-2", "description": "old", "legalBasis": "Order 2", "confidence": "SECONDARY",
                  "provisional": true}]""");

        assertThat(RuleLanguage.CHINESE.reasons(stored)).isEqualTo(JSON.readTree("""
                [{"ruleId": "R-1", "description": "说明", "legalBasis": "第1号令第二条", "confidence": "CONFIRMED"},
                 {"ruleId": "R-2", "description": "old", "legalBasis": "Order 2", "confidence": "SECONDARY",
                  "provisional": true}]"""));
        assertThat(RuleLanguage.ENGLISH.reasons(stored).get(0)).isEqualTo(JSON.readTree("""
                {"ruleId": "R-1", "description": "d", "legalBasis": "Order 1, Art. 2", "confidence": "CONFIRMED"}"""));
    }
}
