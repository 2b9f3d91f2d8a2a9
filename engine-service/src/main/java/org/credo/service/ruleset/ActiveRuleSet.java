package org.credo.service.ruleset;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.core.RuleSet;
import org.credo.service.problem.ApiException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one place decisions get rule sets from: the active rule set, swapped whole by one atomic reference, and every
 * compiled version by its version id (for replay). Rule sets are compiled before they get here, never on a request.
 */
@ApplicationScoped
public class ActiveRuleSet {
    private final AtomicReference<RuleSet> active = new AtomicReference<>();
    private final Map<String, RuleSet> versions = new ConcurrentHashMap<>();
    private final MeterRegistry meters;
    private final List<Meter> activeMeters = new ArrayList<>();

    public ActiveRuleSet(MeterRegistry meters) {
        this.meters = meters;
    }

    /**
     * The rule set in force now. A decision takes it once and uses that same rule set to the end.
     *
     * @throws ApiException 503 while no rule set has been compiled yet
     */
    public RuleSet current() {
        RuleSet ruleSet = active.get();
        if (ruleSet == null) {
            throw new ApiException(503, "not-ready", "Service unavailable", "no rule set is active yet");
        }
        return ruleSet;
    }

    /** A compiled version, active or not. */
    public Optional<RuleSet> byVersion(String version) {
        return Optional.ofNullable(versions.get(version));
    }

    /** Whether a rule set is active: the readiness check. */
    public boolean ready() {
        return active.get() != null;
    }

    /** Makes a compiled rule set available by its version, without activating it. */
    public void register(RuleSet ruleSet) {
        versions.putIfAbsent(ruleSet.version(), ruleSet);
    }

    /**
     * Registers and activates a compiled rule set in one atomic swap; decisions in flight keep the one they took. The
     * gauge {@code credo.ruleset.active} and the counters {@code credo.dmn.plan.fallback} (per compiled DMN decision,
     * {@link RuleSet#planFallbacks()}) are those of the active version only: the previous version's are removed, so
     * activations do not pile up meters.
     */
    public synchronized void activate(RuleSet ruleSet) {
        register(ruleSet);
        RuleSet activated = versions.get(ruleSet.version());
        RuleSet previous = active.getAndSet(activated);
        if (previous != null && previous.version().equals(activated.version()) && !activeMeters.isEmpty()) {
            return;
        }
        activeMeters.forEach(meters::remove);
        activeMeters.clear();
        activeMeters.add(Gauge.builder("credo.ruleset.active", () -> 1)
                .description("1, tagged with the name and version of the active rule set")
                .tag("version", activated.version())
                .tag("name", activated.manifest().name())
                .register(meters));
        for (String decision : activated.planFallbacks().keySet()) {
            activeMeters.add(FunctionCounter.builder("credo.dmn.plan.fallback", activated,
                            r -> r.planFallbacks().getOrDefault(decision, 0L))
                    .description("evaluations a compiled DMN plan left to Kie (same answer, slower)")
                    .tag("decision", decision)
                    .register(meters));
        }
    }
}
