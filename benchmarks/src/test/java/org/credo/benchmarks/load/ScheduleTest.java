package org.credo.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void requestsStartEvenlySpacedAtTheRateFromTheRunsStart() {
        var schedule = new Schedule(1000, 2, 3);
        assertThat(schedule.requests()).isEqualTo(5000);
        assertThat(schedule.warmupRequests()).isEqualTo(2000);
        assertThat(schedule.offsetNanos(0)).isZero();
        assertThat(schedule.offsetNanos(1)).isEqualTo(1_000_000);
        assertThat(schedule.offsetNanos(4999)).isEqualTo(4_999_000_000L);
    }

    @Test
    void warmUpSecondsAreNegativeAndTheFirstMeasuredRequestOpensSecondZero() {
        var schedule = new Schedule(40, 2, 10);
        assertThat(schedule.second(0)).isEqualTo(-2);
        assertThat(schedule.second(schedule.warmupRequests() - 1)).isEqualTo(-1);
        assertThat(schedule.second(schedule.warmupRequests())).isZero();
        assertThat(schedule.second(schedule.requests() - 1)).isEqualTo(9);
    }

    @Test
    void aFractionalRateStillEndsInsideTheLastSecond() {
        var schedule = new Schedule(2.5, 0, 3);
        assertThat(schedule.requests()).isEqualTo(8);
        assertThat(schedule.offsetNanos(1)).isEqualTo(400_000_000);
        assertThat(schedule.second(schedule.requests() - 1)).isEqualTo(2);
    }
}
