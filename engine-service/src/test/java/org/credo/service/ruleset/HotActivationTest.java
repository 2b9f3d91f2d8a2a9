package org.credo.service.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.credo.service.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credo.service.ruleset.RuleSetCalls.activate;
import static org.credo.service.ruleset.RuleSetCalls.active;
import static org.credo.service.ruleset.RuleSetCalls.approved;

@QuarkusTest
class HotActivationTest {
    private static final int THREADS = 6;
    private static final int DECISIONS_PER_THREAD = 50;
    /** An activation after every this many decisions. */
    private static final int DECISIONS_PER_ACTIVATION = 15;
    /** Deciders go on past their share until this many activations happened, however slow activation is. */
    private static final int MIN_ACTIVATIONS = 4;

    private String baseline;

    @BeforeEach
    void rememberTheActiveVersion() {
        baseline = active();
    }

    @AfterEach
    void restoreTheActiveVersion() {
        RuleSetCalls.restore(baseline);
    }

    private record Answer(int status, JsonNode body) {
    }

    private static BigDecimal rateOfOneDecision() {
        return Decisions.json(Decisions.inspect(Api.unique("probe")).then().statusCode(200).extract().response())
                .path("inspectionRate").decimalValue();
    }

    @Test
    void decisionsDuringActivationsBackAndForthNeverFailAndEachMatchesTheVersionItRecorded() throws Exception {
        String variant = approved(Bundles.inspectionVariant("0.25"));
        Map<String, BigDecimal> rateOf = new HashMap<>();
        rateOf.put(baseline, rateOfOneDecision());
        activate(variant);
        rateOf.put(variant, rateOfOneDecision());
        activate(baseline);
        assertThat(rateOf.get(variant)).isEqualByComparingTo(rateOf.get(baseline).multiply(BigDecimal.valueOf(5)));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        var decided = new Semaphore(0);
        var deciding = new AtomicBoolean(true);
        var activated = new AtomicInteger();
        try {
            Future<Integer> activations = pool.submit(() -> {
                while (deciding.get()) {
                    if (decided.tryAcquire(DECISIONS_PER_ACTIVATION, 50, TimeUnit.MILLISECONDS)) {
                        activate(activated.get() % 2 == 0 ? variant : baseline);
                        activated.incrementAndGet();
                    }
                }
                return activated.get();
            });
            List<Future<List<Answer>>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit((Callable<List<Answer>>) () -> {
                    var answers = new ArrayList<Answer>();
                    for (int i = 0; i < DECISIONS_PER_THREAD || activated.get() < MIN_ACTIVATIONS; i++) {
                        Response response = Decisions.inspect(Api.unique("hot"));
                        answers.add(new Answer(response.statusCode(), Decisions.json(response)));
                        decided.release();
                    }
                    return answers;
                }));
            }
            var answers = new ArrayList<Answer>();
            for (Future<List<Answer>> worker : workers) {
                answers.addAll(worker.get(5, TimeUnit.MINUTES));
            }
            deciding.set(false);
            assertThat(activations.get(1, TimeUnit.MINUTES)).isGreaterThanOrEqualTo(MIN_ACTIVATIONS);

            assertThat(answers).hasSizeGreaterThanOrEqualTo(THREADS * DECISIONS_PER_THREAD);
            assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body().toString()).isEqualTo(200));
            Set<String> versionsUsed = new HashSet<>();
            for (Answer answer : answers) {
                String version = answer.body().path("rulesetVersion").asText();
                versionsUsed.add(version);
                BigDecimal rate = answer.body().path("inspectionRate").decimalValue();
                assertThat(rate).as("answered rate of a decision by %s", version)
                        .isEqualByComparingTo(rateOf.get(version));
                JsonNode stored = Decisions.stored(answer.body().path("decisionId").asText());
                assertThat(stored.path("rulesetVersion").asText()).isEqualTo(version);
                assertThat(stored.path("outputs").path("inspectionRate").decimalValue())
                        .isEqualByComparingTo(rateOf.get(version));
                assertThat(stored.path("outputs").path("selected").asBoolean()).isEqualTo(
                        Decisions.SAMPLER.selects(answer.body().path("declarationId").asText(), rateOf.get(version)));
            }
            assertThat(versionsUsed).containsExactlyInAnyOrder(baseline, variant);
        } finally {
            deciding.set(false);
            pool.shutdownNow();
        }
    }
}
