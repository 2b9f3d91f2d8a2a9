package org.credo.service.ruleset;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.core.RuleSet;
import org.credo.service.problem.ApiException;

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
        if (versions.putIfAbsent(ruleSet.version(), ruleSet) == null) {
            Gauge.builder("credo.ruleset.active", () -> isActive(ruleSet.version()) ? 1 : 0)
                    .description("1 for the active rule-set version, 0 for other compiled versions")
                    .tag("version", ruleSet.version())
                    .tag("name", ruleSet.manifest().name())
                    .register(meters);
        }
    }

    /** Registers and activates a compiled rule set in one atomic swap; decisions in flight keep the one they took. */
    public void activate(RuleSet ruleSet) {
        register(ruleSet);
        active.set(versions.get(ruleSet.version()));
    }

    private boolean isActive(String version) {
        RuleSet current = active.get();
        return current != null && current.version().equals(version);
    }
}
