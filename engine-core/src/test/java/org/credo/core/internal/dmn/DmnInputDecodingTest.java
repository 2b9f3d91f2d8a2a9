package org.credo.core.internal.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.credo.core.EvaluationException;
import org.credo.core.FeelJsonCodec;
import org.credo.core.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.dmn.feel.lang.types.impl.ComparablePeriod;

/** JSON inputs decoded by the types the model declares, through structures, collections and allowed values. */
class DmnInputDecodingTest {
    private static DmnModels models;

    @BeforeAll
    static void compile() {
        var problems = new ArrayList<Problem>();
        models = DmnFixtures.compile(DmnCompileOptions.strict(), problems, "typed-inputs.dmn");
        assertThat(problems).filteredOn(Problem::isError).isEmpty();
    }

    @Test
    void everyDeclaredTypeIsDecodedFromItsJsonForm() {
        Map<String, Object> inputs = decode("""
                {"applicants": [{"name": "Xiamen Trading", "born": "2019-03-01", "status": "ACTIVE",
                                 "holidays": ["2025-01-01", "2025-10-01"]}],
                 "since": "2025-06-30T08:15:00+08:00", "opening": "09:30:00", "window": "P1DT2H",
                 "tenure": "P2Y3M", "amount": 12345678901234567890.123, "anything": "plain text"}""");

        @SuppressWarnings("unchecked")
        var applicant = (Map<String, Object>) ((List<Object>) inputs.get("applicants")).get(0);
        assertThat(applicant).containsEntry("name", "Xiamen Trading")
                .containsEntry("born", LocalDate.of(2019, 3, 1))
                .containsEntry("status", "ACTIVE")
                .containsEntry("holidays", List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 10, 1)));
        assertThat(ZonedDateTime.from((java.time.temporal.TemporalAccessor) inputs.get("since")).toOffsetDateTime())
                .isEqualTo(OffsetDateTime.of(2025, 6, 30, 8, 15, 0, 0, ZoneOffset.ofHours(8)));
        assertThat(inputs.get("opening")).isEqualTo(LocalTime.of(9, 30));
        assertThat(inputs.get("window")).isEqualTo(Duration.ofHours(26));
        assertThat(ComparablePeriod.toTotalMonths((ComparablePeriod) inputs.get("tenure"))).isEqualTo(27);
        assertThat(inputs.get("amount")).isEqualTo(new BigDecimal("12345678901234567890.123"));
        assertThat(inputs.get("anything")).isEqualTo("plain text");
    }

    @Test
    void decodedInputsEvaluateAndEncodeBackToTheSameJson() {
        String json = """
                {"applicants":[{"name":"Xiamen Trading","born":"2019-03-01","status":"ACTIVE",\
                "holidays":["2025-01-01","2025-10-01"]}],"since":"2025-06-30T08:15:00+08:00","opening":"09:30:00",\
                "window":"P1DT2H","tenure":"P2Y3M","amount":0.1,"anything":"2025-06-30"}""";
        DmnEvaluation evaluation = models.evaluate("Typed inputs", "Echo", decode(json), null);

        JsonNode echo = FeelJsonCodec.toJson(evaluation.results().get("Echo"));
        assertThat(echo.get("first holiday year").decimalValue()).isEqualByComparingTo("2025");
        ((com.fasterxml.jackson.databind.node.ObjectNode) echo).remove("first holiday year");
        assertThat(echo).isEqualTo(FeelJsonCodec.parse(json));
    }

    @Test
    void aStringWhereTheModelDeclaresNoTypeBecomesTheDateItSpells() {
        assertThat(decode("{\"anything\": \"2025-06-30\"}").get("anything")).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(decode("{\"anything\": \"2025-06-30T10:00:00\"}").get("anything"))
                .isEqualTo(LocalDateTime.of(2025, 6, 30, 10, 0));
        assertThat(decode("{\"anything\": \"not 2025-06-30\"}").get("anything")).isEqualTo("not 2025-06-30");
    }

    @Test
    void aNonDateWhereADateIsExpectedIsInvalidInputNamingTheNestedField() {
        assertThatThrownBy(() -> decode("{\"applicants\": [{\"born\": \"first of March\"}]}"))
                .isInstanceOfSatisfying(EvaluationException.class, e -> {
                    assertThat(e.code()).isEqualTo(EvaluationException.INVALID_INPUT);
                    assertThat(e.getMessage()).contains("applicants[0].born").contains("a date");
                });
    }

    @Test
    void textWhereANumberIsExpectedIsInvalidInput() {
        assertThatThrownBy(() -> decode("{\"amount\": \"ten\"}"))
                .isInstanceOfSatisfying(EvaluationException.class, e -> {
                    assertThat(e.code()).isEqualTo(EvaluationException.INVALID_INPUT);
                    assertThat(e.getMessage()).contains("'amount'");
                });
    }

    @Test
    void aMalformedDurationIsInvalidInput() {
        assertThatThrownBy(() -> decode("{\"window\": \"two days\"}"))
                .isInstanceOfSatisfying(EvaluationException.class,
                        e -> assertThat(e.getMessage()).contains("'window'").contains("duration"));
    }

    @Test
    void inputsThatAreNotAnObjectAreInvalid() {
        assertThatThrownBy(() -> models.decodeInputs("Typed inputs", FeelJsonCodec.parse("[1]")))
                .isInstanceOfSatisfying(EvaluationException.class,
                        e -> assertThat(e.code()).isEqualTo(EvaluationException.INVALID_INPUT));
    }

    private static Map<String, Object> decode(String json) {
        return models.decodeInputs("Typed inputs", FeelJsonCodec.parse(json));
    }
}
