package org.credo.core;

import org.credo.core.fixture.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class DeterminismAndConcurrencyTest {
    private static final int THREADS = 16;
    private static final int DECISIONS_PER_THREAD = 500;
    private static RuleSet ruleSet;

    @BeforeAll
    static void compile() {
        ruleSet = Fixtures.ruleSet("credit");
    }

    /** The i-th decision of a fixed mix: DRL and DMN decisions across the October 2021 boundary. */
    private static Outcome decision(int i) {
        LocalDate day = LocalDate.of(2021, 10, 31).plusDays(i % 3);
        if (i % 4 == 3) {
            String level = List.of("EXCELLENT", "GENERAL", "DISHONEST").get(i % 3);
            return ruleSet.decide("inspection", Map.of("level", level), day);
        }
        return ruleSet.decide("credit-class", Map.of("id", "T" + (i % 7),
                "declarations", BigDecimal.valueOf(10_000), "penalties", BigDecimal.valueOf(i % 13)), day);
    }

    @Test
    void theSameInputsGiveAnEqualOutcomeAndTraceEveryTime() {
        for (int i = 0; i < 24; i++) {
            Outcome first = decision(i);
            Outcome second = decision(i);

            assertThat(second).isEqualTo(first);
            assertThat(second.trace()).isEqualTo(first.trace());
        }
    }

    @Test
    void sixteenThreadsDecidingFiveHundredTimesEachAgreeWithOneThread() throws Exception {
        var expected = new ArrayList<Outcome>();
        for (int i = 0; i < DECISIONS_PER_THREAD; i++) {
            expected.add(decision(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            var tasks = new ArrayList<Callable<List<Outcome>>>();
            for (int t = 0; t < THREADS; t++) {
                tasks.add(() -> {
                    var outcomes = new ArrayList<Outcome>();
                    for (int i = 0; i < DECISIONS_PER_THREAD; i++) {
                        outcomes.add(decision(i));
                    }
                    return outcomes;
                });
            }
            for (Future<List<Outcome>> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
