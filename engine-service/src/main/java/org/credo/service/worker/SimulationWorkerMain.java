package org.credo.service.worker;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.credo.service.config.EvaluationConfig;
import org.credo.service.config.SamplingConfig;
import org.credo.service.decision.DecisionReplay;
import org.credo.service.decision.Evaluator;
import org.credo.service.decision.Sampling;
import org.credo.service.ruleset.ActiveRuleSet;
import org.credo.service.ruleset.SimulationWorkerProtocol;
import org.credo.service.ruleset.WorkerMain;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * The entry of a simulation's draft worker (a separate JVM, see {@code DraftWorker}): {@link WorkerMain#simulate}'s
 * loop, re-deciding with the decision feature's own {@link DecisionReplay}, built here as the service builds it, with
 * the decision deadline and sampling key the service sends. It lives apart from both features because it depends on
 * both.
 */
public final class SimulationWorkerMain {
    private SimulationWorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        WorkerMain.simulate(args, (settings, mapper) -> {
            Duration deadline = Duration.ofMillis(settings.evaluationDeadlineMillis());
            var evaluator = new Evaluator(mapper, new Sampling(sampling(settings)), () -> deadline);
            return new DecisionReplay(new ActiveRuleSet(new SimpleMeterRegistry()), evaluator);
        });
    }

    private static SamplingConfig sampling(SimulationWorkerProtocol.Settings settings) {
        return new SamplingConfig() {
            @Override
            public Optional<String> keyId() {
                return Optional.ofNullable(settings.samplingKeyId());
            }

            @Override
            public Optional<String> key() {
                return Optional.ofNullable(settings.samplingKey());
            }
        };
    }
}
