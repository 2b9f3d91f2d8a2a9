package org.credo.core.internal.compile;

import org.credo.core.Outcome;
import org.credo.core.Trace;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutcomeMemoTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    private final OutcomeMemo memo = new OutcomeMemo();
    private final AtomicInteger decided = new AtomicInteger();

    private Outcome outcome(int id) {
        return memo.outcome("credit-class", Map.of("id", id), DAY, () -> {
            decided.incrementAndGet();
            return new Outcome("credit-class", "v1", DAY, Map.of("level", "L" + id), new Trace(List.of(), List.of()),
                    List.of());
        });
    }

    @Test
    void equalInputsOnTheSameDayAreDecidedOnceAndAnsweredTheRememberedOutcome() {
        Outcome first = outcome(1);
        var sameInputsAnotherMap = new HashMap<String, Object>(Map.of("id", 1));
        Outcome again = memo.outcome("credit-class", sameInputsAnotherMap, DAY, () -> {
            throw new AssertionError("decided again");
        });
        assertThat(again).isSameAs(first);
        assertThat(decided).hasValue(1);
    }

    @Test
    void changingTheCallersInputsAfterwardsDoesNotChangeWhatWasRemembered() {
        var inputs = new HashMap<String, Object>(Map.of("id", 7));
        Outcome first = memo.outcome("credit-class", inputs, DAY, () -> outcomeOf("seven"));
        inputs.put("id", 8);
        assertThat(memo.outcome("credit-class", Map.of("id", 7), DAY, () -> outcomeOf("other"))).isSameAs(first);
    }

    @Test
    void aFailureIsNotRememberedAndIsDecidedAgain() {
        assertThatThrownBy(() -> memo.outcome("credit-class", Map.of("id", 2), DAY, () -> {
            throw new IllegalStateException("rule session failed");
        })).isInstanceOf(IllegalStateException.class);
        outcome(2);
        assertThat(decided).hasValue(1);
    }

    @Test
    void itHoldsAtMostItsBound() {
        int distinct = 2 * OutcomeMemo.MOST_OUTCOMES;
        for (int i = 0; i < distinct; i++) {
            outcome(i);
        }
        decided.set(0);
        for (int i = 0; i < distinct; i++) {
            outcome(i);
        }
        assertThat(decided.get()).as("decided again, having been forgotten")
                .isGreaterThanOrEqualTo(distinct - OutcomeMemo.MOST_OUTCOMES);
    }

    @Test
    void goingOverTheBoundDoesNotForgetTheNewestOutcomes() {
        int newest = 10;
        for (int i = 0; i < OutcomeMemo.MOST_OUTCOMES + newest; i++) {
            outcome(i);
        }
        decided.set(0);
        for (int i = OutcomeMemo.MOST_OUTCOMES; i < OutcomeMemo.MOST_OUTCOMES + newest; i++) {
            outcome(i);
        }
        assertThat(decided).as("the newest outcomes decided again").hasValue(0);
    }

    @Test
    void theMemoThatRemembersNothingDecidesEveryCall() {
        OutcomeMemo none = OutcomeMemo.none();
        Outcome first = none.outcome("credit-class", Map.of("id", 1), DAY, () -> outcomeOf("one"));
        Outcome again = none.outcome("credit-class", Map.of("id", 1), DAY, () -> outcomeOf("one"));
        assertThat(again).isEqualTo(first).isNotSameAs(first);
    }

    @Test
    void inputsOfEqualTextButAnotherTypeAreNotTakenForEachOther() {
        Outcome ofInteger = outcome(1);
        Outcome ofString = memo.outcome("credit-class", Map.of("id", "1"), DAY, () -> outcomeOf("string"));
        assertThat(ofString).isNotSameAs(ofInteger);
        assertThat(ofString.outputs()).containsEntry("level", "string");
    }

    private static Outcome outcomeOf(String level) {
        return new Outcome("credit-class", "v1", DAY, Map.of("level", level), new Trace(List.of(), List.of()),
                List.of());
    }
}
