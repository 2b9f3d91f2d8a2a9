package org.credo.service.audit;

import org.credo.service.audit.DaySplit.Interval;
import org.credo.service.audit.DaySplit.PartialDay;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Cutting a search's time range at the zone's days: whole days for the roll-up, partial days for the records. */
class DaySplitTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void aRangeOfWholeZoneDaysIsCountedFromTheRollUpAlone() {
        DaySplit split = DaySplit.of(at("2026-09-09T16:00:00Z"), at("2026-09-12T16:00:00Z"), SHANGHAI);

        assertThat(split).isEqualTo(new DaySplit(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 12), List.of()));
        assertThat(split.hasWholeDays()).isTrue();
    }

    @Test
    void utcDateBoundsInShanghaiCountTheEightNightHoursAtEachEndOnTheRecords() {
        DaySplit split = DaySplit.of(at("2026-09-10T00:00:00Z"), at("2026-09-13T00:00:00Z"), SHANGHAI);

        assertThat(split.firstWholeDay()).isEqualTo(LocalDate.of(2026, 9, 11));
        assertThat(split.lastWholeDay()).isEqualTo(LocalDate.of(2026, 9, 12));
        assertThat(split.partialDays()).containsExactly(
                new PartialDay(LocalDate.of(2026, 9, 10),
                        List.of(new Interval(at("2026-09-09T16:00:00Z"), at("2026-09-10T00:00:00Z"))), true),
                new PartialDay(LocalDate.of(2026, 9, 13),
                        List.of(new Interval(at("2026-09-12T16:00:00Z"), at("2026-09-13T00:00:00Z"))), false));
    }

    @Test
    void mostOfOneDayIsCountedAsTheDayLessBothPartsOutsideTheRange() {
        DaySplit split = DaySplit.of(at("2026-09-11T17:00:00Z"), at("2026-09-12T14:00:00Z"), SHANGHAI);

        assertThat(split.hasWholeDays()).isFalse();
        assertThat(split.partialDays()).containsExactly(new PartialDay(LocalDate.of(2026, 9, 12), List.of(
                new Interval(at("2026-09-11T16:00:00Z"), at("2026-09-11T17:00:00Z")),
                new Interval(at("2026-09-12T14:00:00Z"), at("2026-09-12T16:00:00Z"))), true));
    }

    @Test
    void aFewHoursInsideOneDayAreCountedDirectly() {
        DaySplit split = DaySplit.of(at("2026-09-11T17:00:00Z"), at("2026-09-11T20:00:00Z"), SHANGHAI);

        assertThat(split.hasWholeDays()).isFalse();
        assertThat(split.partialDays()).containsExactly(new PartialDay(LocalDate.of(2026, 9, 12),
                List.of(new Interval(at("2026-09-11T17:00:00Z"), at("2026-09-11T20:00:00Z"))), false));
    }

    @Test
    void openEndsCountEveryDayBeforeOrAfterFromTheRollUp() {
        DaySplit noStart = DaySplit.of(null, at("2026-09-12T20:00:00Z"), SHANGHAI);
        DaySplit noEnd = DaySplit.of(at("2026-09-10T00:00:00Z"), null, SHANGHAI);
        DaySplit neither = DaySplit.of(null, null, SHANGHAI);

        assertThat(noStart.firstWholeDay()).isNull();
        assertThat(noStart.lastWholeDay()).isEqualTo(LocalDate.of(2026, 9, 12));
        assertThat(noStart.partialDays()).extracting(PartialDay::day).containsExactly(LocalDate.of(2026, 9, 13));
        assertThat(noEnd.firstWholeDay()).isEqualTo(LocalDate.of(2026, 9, 11));
        assertThat(noEnd.lastWholeDay()).isNull();
        assertThat(noEnd.partialDays()).extracting(PartialDay::day).containsExactly(LocalDate.of(2026, 9, 10));
        assertThat(neither).isEqualTo(new DaySplit(null, null, List.of()));
        assertThat(neither.hasWholeDays()).isTrue();
    }

    @Test
    void aDayOfTwentyThreeHoursIsHalvedByItsOwnLength() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // 2026-03-29 lasts 23 hours in Berlin: 11.5 hours inside the range are at most half of it
        DaySplit split = DaySplit.of(at("2026-03-28T23:00:00Z"), at("2026-03-29T10:30:00Z"), berlin);

        assertThat(split.partialDays()).containsExactly(new PartialDay(LocalDate.of(2026, 3, 29),
                List.of(new Interval(at("2026-03-28T23:00:00Z"), at("2026-03-29T10:30:00Z"))), false));
    }
}
