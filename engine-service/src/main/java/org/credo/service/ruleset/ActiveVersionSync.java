package org.credo.service.ruleset;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.credo.core.Bundle;
import org.credo.core.Compilation;
import org.credo.core.RuleSet;
import org.credo.service.config.EvaluationConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Keeps this instance deciding with the version the database names active. At start-up it imports the shipped bundle
 * as the first ACTIVE version (on an empty database) or compiles the stored active version, and only then is the
 * service ready. Neither is validated again at start (each was validated before: the shipped bundle by the build's
 * tests, a stored version at its upload); the shipped bundle's full validation runs after its import, in the
 * background, for the warnings stored with it. Afterwards it polls the active row every {@code credo.ruleset.poll-interval}, so that an activation
 * through any instance is in force on every instance within about that interval. It also compiles APPROVED versions
 * uploaded through other instances ahead of their activation, so that the switch itself does not wait for a compile.
 */
@ApplicationScoped
public class ActiveVersionSync {
    private static final Logger LOG = Logger.getLogger(ActiveVersionSync.class);
    /** The author and actor of the shipped bundle's import. */
    public static final String SYSTEM = "system";
    private static final int PRIMING_ROUNDS = 3;

    private final ActiveRuleSet holder;
    private final CompiledRuleSets compiled;
    private final StoredBundles bundles;
    private final Duration pollInterval;
    private final boolean warmUp;
    private final Duration decisionDeadline;
    private final Set<String> compiledAhead = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService poller;
    private ExecutorService compiler;
    private long generation = -1;

    public ActiveVersionSync(ActiveRuleSet holder, CompiledRuleSets compiled, StoredBundles bundles,
                             @ConfigProperty(name = "credo.ruleset.poll-interval", defaultValue = "1S")
                             Duration pollInterval,
                             @ConfigProperty(name = "credo.ruleset.warm-up", defaultValue = "true") boolean warmUp,
                             EvaluationConfig evaluation) {
        this.holder = holder;
        this.compiled = compiled;
        this.bundles = bundles;
        this.pollInterval = pollInterval;
        this.warmUp = warmUp;
        this.decisionDeadline = evaluation.deadline();
    }

    private record Pointer(String version, long generation) {
    }

    void start(@Observes @Priority(10) StartupEvent event) {
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "credo-ruleset-poll");
            thread.setDaemon(true);
            return thread;
        });
        compiler = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "credo-ruleset-compile-ahead");
            thread.setDaemon(true);
            return thread;
        });
        Pointer pointer = readPointer();
        if (pointer.version() == null) {
            pointer = importShipped();
        }
        adopt(bundles.ruleSet(pointer.version()), pointer.generation());
        if (warmUp) {
            compileAhead(List.of(RuleSetState.RETIRED, RuleSetState.APPROVED));
        }
        poller.scheduleWithFixedDelay(this::poll, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
            compiler.shutdownNow();
        }
    }

    /**
     * Makes a compiled version the one this instance decides with, by one atomic swap, unless a later activation
     * (a higher generation) is already in force here. Decisions in flight keep the rule set they took. A version
     * that replaces one already deciding is primed first.
     */
    public synchronized void adopt(RuleSet ruleSet, long activationGeneration) {
        if (activationGeneration <= generation) {
            return;
        }
        if (holder.ready()) {
            prime(ruleSet);
        }
        generation = activationGeneration;
        holder.activate(ruleSet);
        LOG.infof("rule-set version %s active (activation %d)", ruleSet.version(), activationGeneration);
    }

    /**
     * Runs the version's own scenarios a few times before it takes over, so that its first decisions under load do
     * not pay for cold code: Drools turns a new rule base's constraints into bytecode only after their first
     * evaluations, and the JIT has not seen its classes. Without this, activating under load stalled decisions for
     * about a second. Each decision has the decisions' deadline, so a scenario that runs away cannot hold the switch.
     */
    private void prime(RuleSet ruleSet) {
        long started = System.nanoTime();
        for (int round = 0; round < PRIMING_ROUNDS; round++) {
            ruleSet.runScenarios(decisionDeadline);
        }
        LOG.infof("rule-set version %s primed with its scenarios in %d ms", ruleSet.version(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private synchronized long generation() {
        return generation;
    }

    private void poll() {
        try {
            Pointer pointer = readPointer();
            if (pointer.version() != null && pointer.generation() > generation()) {
                adopt(bundles.ruleSet(pointer.version()), pointer.generation());
            }
            compileAhead(List.of(RuleSetState.APPROVED));
        } catch (RuntimeException e) {
            LOG.warn("could not follow the active rule-set version; trying again", e);
        }
    }

    /** Compiles, one after the other in the background, the stored versions in these states not compiled yet. */
    private void compileAhead(List<RuleSetState> states) {
        List<String> versions = QuarkusTransaction.requiringNew().call(() -> RuleSetVersion
                .<RuleSetVersion>list("state in ?1", states).stream().map(v -> v.version).toList());
        for (String version : versions) {
            if (compiledAhead.add(version)) {
                compiler.execute(() -> {
                    try {
                        bundles.ruleSet(version);
                    } catch (RuntimeException e) {
                        LOG.warnf(e, "stored rule-set version %s could not be compiled", version);
                    }
                });
            }
        }
    }

    private static Pointer readPointer() {
        return QuarkusTransaction.requiringNew().call(() -> {
            ActivePointer row = ActivePointer.findById(ActivePointer.ID);
            return new Pointer(row.version, row.generation);
        });
    }

    /** On the first start: the shipped bundle becomes the first version, ACTIVE, authored by "system". */
    private Pointer importShipped() {
        Bundle shipped = ShippedRuleSet.bundle();
        Compilation compilation = compiled.shipped();
        if (!compilation.succeeded()) {
            throw new IllegalStateException("the shipped rule set does not compile:\n" + compilation.errors().stream()
                    .map(p -> p.code() + " " + p.file() + ": " + p.message()).collect(Collectors.joining("\n")));
        }
        RuleSet ruleSet = compilation.ruleSet().orElseThrow();
        Pointer imported = QuarkusTransaction.requiringNew().call(() -> {
            ActivePointer pointer = ActivePointer.locked();
            if (pointer.version != null) {
                return new Pointer(pointer.version, pointer.generation);
            }
            Instant now = Instant.now();
            RuleSetVersion version = RuleSetVersion.byVersion(ruleSet.version()).orElseGet(() ->
                    RuleSetVersion.draft(ruleSet.version(), ruleSet.manifest().name(),
                            ruleSet.manifest().description(), shipped.toZip(), SYSTEM, now,
                            compiled.warningsJson(ruleSet)));
            version.state = RuleSetState.ACTIVE;
            version.approver = SYSTEM;
            version.approvedAt = now;
            version.activatedAt = now;
            version.persist();
            RuleSetTransition.record(version.version, null, RuleSetState.ACTIVE, SYSTEM, now,
                    "shipped bundle imported at first start");
            pointer.version = version.version;
            pointer.generation += 1;
            pointer.changedAt = now;
            pointer.changedBy = SYSTEM;
            LOG.infof("shipped rule set %s imported as the first active version", version.version);
            return new Pointer(pointer.version, pointer.generation);
        });
        if (ruleSet.version().equals(imported.version())) {
            compiler.execute(() -> recordValidation(shipped));
        }
        return imported;
    }

    /**
     * Validates the imported shipped bundle in full, in the background, and stores its warnings with the version: the
     * import compiled it without validation, so the warnings it stored lack those of the DMN validator.
     */
    private void recordValidation(Bundle shipped) {
        try {
            compiled.compile(shipped).ruleSet().ifPresent(ruleSet -> QuarkusTransaction.requiringNew().run(() ->
                    RuleSetVersion.byVersion(ruleSet.version())
                            .ifPresent(version -> version.warnings = compiled.warningsJson(ruleSet))));
        } catch (RuntimeException e) {
            LOG.warn("could not validate the imported shipped rule set", e);
        }
    }
}
