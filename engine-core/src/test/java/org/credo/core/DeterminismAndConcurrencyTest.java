package org.credo.core;

import org.credo.core.fixture.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine decides alike every time and on every thread. The concurrency is tested with the outcome memo off, so
 * that every DRL decision really fires a rule session of its own; the memo is tested on its own against that plain
 * path.
 */
class DeterminismAndConcurrencyTest {
    private static final int THREADS = 8;
    private static final int DECISIONS_PER_THREAD = 250;
    private static RuleSet plain;
    private static RuleSet memoised;

    @BeforeAll
    static void compile() {
        Bundle credit = Fixtures.bundle("credit");
        plain = new RuleSetCompiler(Fixtures.options().withoutOutcomeMemo()).compile(credit).ruleSet().orElseThrow();
        memoised = new RuleSetCompiler(Fixtures.options()).compile(credit).ruleSet().orElseThrow();
    }

    /** The i-th decision of a fixed mix: DRL and DMN decisions across the October 2021 boundary. */
    private static Outcome decision(RuleSet ruleSet, int i) {
        LocalDate day = LocalDate.of(2021, 10, 31).plusDays(i % 3);
        if (i % 4 == 3) {
            String level = List.of("EXCELLENT", "GENERAL", "DISHONEST").get(i % 3);
            return ruleSet.decide("inspection", Map.of("level", level), day);
        }
        return ruleSet.decide("credit-class", Map.of("id", "T" + (i % 7),
                "declarations", BigDecimal.valueOf(10_000), "penalties", BigDecimal.valueOf(i % 13)), day);
    }

    @Test
    void withTheMemoOffEveryRuleDecisionIsDecidedAfreshYetEqually() {
        for (int i = 0; i < 24; i++) {
            Outcome first = decision(plain, i);
            Outcome second = decision(plain, i);

            assertThat(second).isEqualTo(first);
            assertThat(second.trace()).isEqualTo(first.trace());
            assertThat(second).as("a fresh outcome, not a remembered one").isNotSameAs(first);
        }
    }

    @Test
    void eightThreadsDecidingWithTheMemoOffAgreeWithOneThread() throws Exception {
        var expected = new ArrayList<Outcome>();
        for (int i = 0; i < DECISIONS_PER_THREAD; i++) {
            expected.add(decision(plain, i));
        }
        for (List<Outcome> outcomes : onEightThreads(plain)) {
            assertThat(outcomes).isEqualTo(expected);
        }
    }

    @Test
    void theMemoAnswersWhatThePlainPathDecidesForEachOfManyDistinctInputsTheSecondTimeToo() {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < DECISIONS_PER_THREAD; i++) {
                assertThat(decision(memoised, i)).as("decision %d, pass %d", i, pass).isEqualTo(decision(plain, i));
            }
        }
    }

    @Test
    void theMemoKeepsApartInputsThatDifferOnlyInOneValueOrTheDay() {
        LocalDate day = LocalDate.of(2021, 11, 1);
        var inputs = new HashMap<String, Object>(Map.of("id", "T1", "declarations", BigDecimal.valueOf(10_000),
                "penalties", BigDecimal.ZERO));
        Outcome honest = memoised.decide("credit-class", inputs, day);
        inputs.put("penalties", BigDecimal.valueOf(12));
        Outcome penalised = memoised.decide("credit-class", inputs, day);
        Outcome dayBefore = memoised.decide("credit-class", inputs, day.minusDays(1));

        assertThat(penalised.outputs()).isNotEqualTo(honest.outputs())
                .isEqualTo(plain.decide("credit-class", inputs, day).outputs());
        assertThat(dayBefore.asOf()).isEqualTo(day.minusDays(1));
        assertThat(dayBefore).isEqualTo(plain.decide("credit-class", inputs, day.minusDays(1)));
    }

    @Test
    void aRememberedOutcomeHandedToEveryCallerCannotBeChangedByAny() {
        Outcome first = decision(memoised, 0);
        Outcome remembered = decision(memoised, 0);
        assertThat(remembered).isSameAs(first);

        assertThatThrownBy(() -> remembered.outputs().put("class", "changed"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> remembered.trace().firedRules().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(decision(memoised, 0)).isEqualTo(decision(plain, 0));
    }

    @Test
    void eightThreadsRacingForTheSameRememberedOutcomesAgreeWithThePlainPath() throws Exception {
        var expected = new ArrayList<Outcome>();
        for (int i = 0; i < DECISIONS_PER_THREAD; i++) {
            expected.add(decision(plain, i));
        }
        for (List<Outcome> outcomes : onEightThreads(memoised)) {
            assertThat(outcomes).isEqualTo(expected);
        }
    }

    private static List<List<Outcome>> onEightThreads(RuleSet ruleSet) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            var tasks = new ArrayList<Callable<List<Outcome>>>();
            for (int t = 0; t < THREADS; t++) {
                tasks.add(() -> {
                    var outcomes = new ArrayList<Outcome>();
                    for (int i = 0; i < DECISIONS_PER_THREAD; i++) {
                        outcomes.add(decision(ruleSet, i));
                    }
                    return outcomes;
                });
            }
            var results = new ArrayList<List<Outcome>>();
            for (Future<List<Outcome>> result : pool.invokeAll(tasks)) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
