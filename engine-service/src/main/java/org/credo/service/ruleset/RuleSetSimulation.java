package org.credo.service.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.core.Bundle;
import org.credo.service.config.EvaluationConfig;
import org.credo.service.config.SamplingConfig;
import org.credo.service.config.SimulationConfig;
import org.credo.service.audit.AuditRecord;
import org.credo.service.audit.AuditStore;
import org.credo.service.audit.CanonicalJson;
import org.credo.service.audit.TimeRange;
import org.credo.service.contract.OutcomeLabel;
import org.credo.service.problem.QueryParams;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Re-decides the stored decisions of a time range with a version, each with the inputs and reference data it
 * recorded (as a replay does), and counts what would change. Streams the records; records nothing. The version is
 * compiled and evaluated in a draft worker ({@link DraftWorker#redecider}), never in the service's JVM, whatever its
 * state: the worker's heap bounds it, and each re-decision answers within the worker's deadline or the worker is
 * killed and the simulation fails with a 422 naming the decision. Bounded ({@code credo.simulation.*}): the range
 * defaults to the last 30 days and spans at most a maximum, holds at most a number of decisions (counted before
 * anything is re-decided), and the whole run has a deadline after which the report so far is answered as
 * incomplete. {@link SimulationJobs} runs it as a background job.
 */
@ApplicationScoped
public class RuleSetSimulation {
    /** How many changed decision ids (and failures) a report lists at most. */
    public static final int SAMPLE = 20;

    private final AuditStore store;
    private final DraftWorker worker;
    private final StoredBundles bundles;
    private final SimulationConfig config;
    private final SimulationWorkerProtocol.Settings settings;

    public RuleSetSimulation(AuditStore store, DraftWorker worker, StoredBundles bundles, SimulationConfig config,
                             EvaluationConfig evaluation, SamplingConfig sampling) {
        this.store = store;
        this.worker = worker;
        this.bundles = bundles;
        this.config = config;
        this.settings = new SimulationWorkerProtocol.Settings(evaluation.deadline().toMillis(),
                sampling.keyId().orElse(null), sampling.key().orElse(null));
    }

    /**
     * Checks a simulation of a stored version over the decisions decided in the range before anything runs: an absent
     * {@code to} is now, an absent {@code from} the default range before {@code to}; the range spans at most the
     * maximum and holds at most the maximum of decisions (one count on the {@code decided_at} index).
     *
     * @throws org.credo.service.problem.ApiException 400 naming the bound field, 404 for an unknown version
     */
    public SimulationPlan plan(String version, TimeRange range) {
        Instant to = range.to() == null ? Instant.now() : range.to();
        Instant from = range.from() == null ? to.minus(config.defaultRange()) : range.from();
        String bounded = range.from() == null ? "to" : "from";
        if (!from.isBefore(to)) {
            throw QueryParams.invalid(bounded, "must come before 'to' (an absent 'to' is now)");
        }
        if (Duration.between(from, to).compareTo(config.maxRange()) > 0) {
            throw QueryParams.invalid(bounded, "the range may span at most " + config.maxRange().toDays() + " days");
        }
        bundles.zip(version);
        long stored = store.countDecided(from, to);
        if (stored > config.maxDecisions()) {
            throw QueryParams.invalid(bounded, "the range holds " + stored + " decisions, more than the "
                    + config.maxDecisions() + " a simulation may re-decide; narrow the range");
        }
        return new SimulationPlan(version, from, to, stored);
    }

    /**
     * Re-decides the planned decisions in chain order, in a draft worker, until the range ends, the deadline passes
     * or {@code control} asks to stop; the report of a run that stopped early is incomplete.
     *
     * @throws InvalidBundleException 422 when the version does not compile, or its worker passes its deadline on one
     *                                step, runs out of its heap or crashes (naming the decision it was re-deciding)
     */
    public SimulationReport run(SimulationPlan plan, Control control) {
        long deadline = System.nanoTime() + config.deadline().toNanos();
        var tally = new Tally();
        try (RedecidingWorker redecider = worker.redecider(Bundle.fromZip(bundles.zip(plan.version())), settings)) {
            store.inOrder(plan.from(), plan.to(), record -> {
                if (control.stopRequested() || tally.decisions > 0 && System.nanoTime() - deadline > 0) {
                    tally.stopped = true;
                    return false;
                }
                try {
                    tally.add(record, redecider.outputs(record));
                } catch (RedecidingWorker.NotDecided e) {
                    tally.failed(record, e.getMessage());
                }
                tally.lastDecidedAt = record.decidedAt();
                control.decided(tally.decisions);
                return true;
            });
        }
        return tally.report(plan.version(), plan.from(), plan.to());
    }

    /** What a running simulation tells its caller, and how the caller stops it. */
    public interface Control {
        /** Called after each re-decision with how many decisions were re-decided so far. */
        void decided(long decisions);

        /** Whether the run should stop before the next decision. */
        boolean stopRequested();
    }

    private static final class Tally {
        private long decisions;
        private long changed;
        private long failed;
        private boolean stopped;
        private Instant lastDecidedAt;
        private final Map<String, TypeTally> byType = new TreeMap<>();
        private final Map<String, ClassTally> byClass = new TreeMap<>();
        private final List<String> sample = new ArrayList<>();
        private final List<SimulationReport.Failure> failures = new ArrayList<>();

        void add(AuditRecord record, JsonNode after) {
            JsonNode before = record.outputs();
            boolean differs = !CanonicalJson.of(before).equals(CanonicalJson.of(after));
            decisions++;
            TypeTally type = type(record.type());
            type.decisions++;
            type.before.merge(OutcomeLabel.of(before), 1L, Long::sum);
            type.after.merge(OutcomeLabel.of(after), 1L, Long::sum);
            if (differs) {
                changed++;
                type.changed++;
                if (sample.size() < SAMPLE) {
                    sample.add(record.decisionId());
                }
            }
            if (before.has("inspectionRate")) {
                byClass.computeIfAbsent(before.path("creditClass").asText(), c -> new ClassTally())
                        .add(before, after);
            }
        }

        void failed(AuditRecord record, String message) {
            decisions++;
            failed++;
            type(record.type()).failed++;
            type(record.type()).decisions++;
            if (failures.size() < SAMPLE) {
                failures.add(new SimulationReport.Failure(record.decisionId(), record.type(),
                        message));
            }
        }

        private TypeTally type(String type) {
            return byType.computeIfAbsent(type, t -> new TypeTally());
        }

        SimulationReport report(String version, Instant from, Instant to) {
            var types = new TreeMap<String, SimulationReport.TypeCounts>();
            byType.forEach((name, t) -> types.put(name, new SimulationReport.TypeCounts(t.decisions, t.changed,
                    t.failed, t.before, t.after)));
            var classes = new TreeMap<String, SimulationReport.InspectionChanges>();
            byClass.forEach((name, c) -> classes.put(name, new SimulationReport.InspectionChanges(c.decisions,
                    c.rateChanged, c.newlySelected + c.noLongerSelected, c.newlySelected, c.noLongerSelected,
                    c.rateChanges)));
            return new SimulationReport(version, from, to, !stopped, stopped ? lastDecidedAt : null, decisions,
                    changed, failed, types, classes, sample, failures);
        }
    }

    private static final class TypeTally {
        private long decisions;
        private long changed;
        private long failed;
        private final Map<String, Long> before = new TreeMap<>();
        private final Map<String, Long> after = new TreeMap<>();
    }

    private static final class ClassTally {
        private long decisions;
        private long rateChanged;
        private long newlySelected;
        private long noLongerSelected;
        private final Map<String, Long> rateChanges = new TreeMap<>();

        void add(JsonNode before, JsonNode after) {
            decisions++;
            BigDecimal rateBefore = before.path("inspectionRate").decimalValue();
            BigDecimal rateAfter = after.path("inspectionRate").decimalValue();
            if (rateBefore.compareTo(rateAfter) != 0) {
                rateChanged++;
                rateChanges.merge(rateBefore.stripTrailingZeros().toPlainString() + " -> "
                        + rateAfter.stripTrailingZeros().toPlainString(), 1L, Long::sum);
            }
            boolean selectedBefore = before.path("selected").asBoolean();
            boolean selectedAfter = after.path("selected").asBoolean();
            if (!selectedBefore && selectedAfter) {
                newlySelected++;
            } else if (selectedBefore && !selectedAfter) {
                noLongerSelected++;
            }
        }
    }
}
