package org.credo.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.credo.core.FeelJsonCodec;
import org.junit.jupiter.api.Test;
import org.kie.dmn.feel.lang.types.impl.ComparablePeriod;
import org.kie.dmn.feel.runtime.custom.ZoneTime;

/** The contract's JSON forms of FEEL values, both ways. */
class FeelJsonCodecTest {

    @Test
    void numbersAreExactDecimalsBothWays() {
        for (String number : List.of("0.1", "1E-20", "12345678901234567890.123", "-42", "0", "2.50")) {
            JsonNode json = FeelJsonCodec.parse(number);
            Object feel = FeelJsonCodec.fromJson(json);
            assertThat(feel).isInstanceOf(BigDecimal.class);
            assertThat((BigDecimal) feel).isEqualByComparingTo(number);
            assertThat(FeelJsonCodec.toJson(feel).decimalValue()).isEqualByComparingTo(number);
        }
    }

    @Test
    void pointOnePlusPointTwoStaysPointThree() {
        var sum = ((BigDecimal) FeelJsonCodec.fromJson(FeelJsonCodec.parse("0.1")))
                .add((BigDecimal) FeelJsonCodec.fromJson(FeelJsonCodec.parse("0.2")));

        assertThat(FeelJsonCodec.toJson(sum).toString()).isEqualTo("0.3");
    }

    @Test
    void tinyAndHugeNumbersKeepEveryDigitInTheirText() {
        assertThat(FeelJsonCodec.toJson(new BigDecimal("12345678901234567890.123")).toString())
                .isEqualTo("12345678901234567890.123");
        assertThat(FeelJsonCodec.toJson(new BigDecimal("1E-20")).decimalValue())
                .isEqualByComparingTo(new BigDecimal("0.00000000000000000001"));
    }

    @Test
    void integersAndDoublesFromJavaCodeBecomeDecimalsWithoutBinaryNoise() {
        assertThat(FeelJsonCodec.toJson(7).decimalValue()).isEqualByComparingTo("7");
        assertThat(FeelJsonCodec.toJson(0.1d).toString()).isEqualTo("0.1");
    }

    @Test
    void stringsBooleansAndNullPassThrough() {
        assertThat(FeelJsonCodec.toJson("海关").textValue()).isEqualTo("海关");
        assertThat(FeelJsonCodec.toJson(true).booleanValue()).isTrue();
        assertThat(FeelJsonCodec.toJson(null).isNull()).isTrue();
        assertThat(FeelJsonCodec.fromJson(FeelJsonCodec.parse("\"2025-06-30\""))).isEqualTo("2025-06-30");
        assertThat(FeelJsonCodec.fromJson(FeelJsonCodec.parse("false"))).isEqualTo(false);
        assertThat(FeelJsonCodec.fromJson(FeelJsonCodec.parse("null"))).isNull();
    }

    @Test
    void datesAreWrittenYearMonthDay() {
        assertThat(text(LocalDate.of(2025, 6, 30))).isEqualTo("2025-06-30");
        assertThat(text(LocalDate.of(10000, 1, 1))).isEqualTo("+10000-01-01");
    }

    @Test
    void timesAlwaysCarrySecondsAndTheirOffsetOrZone() {
        assertThat(text(LocalTime.of(9, 30))).isEqualTo("09:30:00");
        assertThat(text(LocalTime.of(9, 30, 5, 250_000_000))).isEqualTo("09:30:05.25");
        assertThat(text(OffsetTime.of(9, 30, 0, 0, ZoneOffset.ofHours(8)))).isEqualTo("09:30:00+08:00");
        assertThat(text(OffsetTime.of(9, 30, 0, 0, ZoneOffset.UTC))).isEqualTo("09:30:00Z");
        assertThat(text(ZoneTime.of(LocalTime.of(9, 30), ZoneId.of("Asia/Shanghai"), true)))
                .isEqualTo("09:30:00@Asia/Shanghai");
    }

    @Test
    void dateTimesAreIsoWithOffsetAndRegionWhenPresent() {
        assertThat(text(LocalDateTime.of(2025, 6, 30, 8, 0))).isEqualTo("2025-06-30T08:00:00");
        assertThat(text(ZonedDateTime.of(2025, 6, 30, 8, 0, 0, 0, ZoneOffset.ofHours(8))))
                .isEqualTo("2025-06-30T08:00:00+08:00");
        assertThat(text(ZonedDateTime.of(2025, 6, 30, 8, 0, 0, 0, ZoneId.of("Asia/Shanghai"))))
                .isEqualTo("2025-06-30T08:00:00+08:00[Asia/Shanghai]");
    }

    @Test
    void daysAndTimeDurationsAreWrittenWithDays() {
        assertThat(text(Duration.ofHours(26).plusMinutes(3).plusMillis(500))).isEqualTo("P1DT2H3M0.5S");
        assertThat(text(Duration.ofDays(3))).isEqualTo("P3D");
        assertThat(text(Duration.ofMinutes(-90))).isEqualTo("-PT1H30M");
        assertThat(text(Duration.ZERO)).isEqualTo("PT0S");
    }

    @Test
    void yearsAndMonthsDurationsAreNormalisedToYearsAndMonths() {
        assertThat(text(ComparablePeriod.ofMonths(27))).isEqualTo("P2Y3M");
        assertThat(text(new ComparablePeriod(Period.ofMonths(-14)))).isEqualTo("-P1Y2M");
        assertThat(text(ComparablePeriod.ofMonths(12))).isEqualTo("P1Y");
        assertThat(text(ComparablePeriod.ofMonths(0))).isEqualTo("P0M");
    }

    @Test
    void listsAndContextsNestAndKeepTheirOrder() {
        var context = new LinkedHashMap<String, Object>();
        context.put("zeta", List.of(BigDecimal.ONE, "two", LocalDate.of(2025, 1, 1)));
        context.put("alpha", Arrays.asList(null, true));

        JsonNode json = FeelJsonCodec.toJson(context);

        assertThat(json.toString()).isEqualTo("{\"zeta\":[1,\"two\",\"2025-01-01\"],\"alpha\":[null,true]}");
        @SuppressWarnings("unchecked")
        var back = (Map<String, Object>) FeelJsonCodec.fromJson(json);
        assertThat(back.keySet()).containsExactly("zeta", "alpha");
        assertThat(back.get("alpha")).isEqualTo(Arrays.asList(null, true));
    }

    @Test
    void untypedDecodingRoundTripsEveryJsonValue() {
        JsonNode json = FeelJsonCodec.parse("""
                {"n": 1.10, "s": "x", "b": true, "z": null, "l": [1, [2.5]], "o": {"k": "v"}}""");

        assertThat(FeelJsonCodec.toJson(FeelJsonCodec.fromJson(json))).hasToString(json.toString());
    }

    @Test
    void textThatIsNotJsonIsRejectedPlainly() {
        assertThatThrownBy(() -> FeelJsonCodec.parse("{not json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not JSON");
    }

    private static String text(Object value) {
        return FeelJsonCodec.toJson(value).textValue();
    }
}
