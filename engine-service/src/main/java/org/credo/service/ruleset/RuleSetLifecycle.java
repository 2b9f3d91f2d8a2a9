package org.credo.service.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.core.Bundle;
import org.credo.core.BundleFormatException;
import org.credo.core.RuleDescriptor;
import org.credo.core.RuleSet;
import org.credo.core.ScenarioReport;
import org.credo.core.Severity;
import org.credo.service.problem.ApiException;
import org.credo.service.security.UserNames;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rule lifecycle: upload (validate, compile, store a DRAFT), approve (four eyes), reject, activate (hot, and
 * the rollback) — each state change recorded with who and when. Compiling happens at upload, never on a decision.
 * An upload's structural checks (bounded by the bundle limits, nothing compiled or evaluated) run here, so a bundle
 * they refuse costs no worker; its validation and a version's scenario tests then run in the {@link DraftWorker},
 * never in the service's JVM, and so does everything else of a draft (its DRL rules listed at upload, a simulation);
 * activation compiles a version that passed four eyes here.
 */
@ApplicationScoped
public class RuleSetLifecycle {
    private final CompiledRuleSets compiled;
    private final StoredBundles bundles;
    private final ActiveRuleSet holder;
    private final ActiveVersionSync sync;
    private final ObjectMapper mapper;
    private final DraftWorker worker;

    public RuleSetLifecycle(CompiledRuleSets compiled, StoredBundles bundles, ActiveRuleSet holder,
                            ActiveVersionSync sync, ObjectMapper mapper, DraftWorker worker) {
        this.worker = worker;
        this.compiled = compiled;
        this.bundles = bundles;
        this.holder = holder;
        this.sync = sync;
        this.mapper = mapper;
    }

    /** The answer to an upload: the version, and whether the upload created it (false: identical content). */
    public record Upload(RuleSetView version, boolean created) {
    }

    /**
     * Checks an uploaded bundle's structure, then validates and compiles it in the draft worker, and stores it as a
     * DRAFT. Content identical to a stored version answers that version, whatever its state.
     *
     * @throws InvalidBundleException 400 when the zip cannot be read, 422 when the bundle does not validate or its
     *                                check runs past the worker's deadline or heap
     * @throws DraftWorker.Busy       when no worker is free
     */
    public Upload upload(byte[] zip, String author) {
        Bundle bundle;
        try {
            bundle = Bundle.fromZip(zip == null ? new byte[0] : zip);
        } catch (BundleFormatException e) {
            throw InvalidBundleException.unreadable(e.getMessage());
        }
        Optional<RuleSetView> existing = find(bundle.versionId());
        if (existing.isPresent()) {
            return new Upload(existing.get(), false);
        }
        List<BundleProblem> structural = ZoneCompiler.structuralProblems(bundle).stream()
                .map(BundleProblem::of).toList();
        if (structural.stream().anyMatch(p -> Severity.ERROR.name().equals(p.severity()))) {
            throw InvalidBundleException.doesNotValidate(bundle.versionId(), structural);
        }
        DraftVerdict verdict = worker.validate(bundle);
        if (!verdict.valid()) {
            throw InvalidBundleException.doesNotValidate(bundle.versionId(), verdict.problems());
        }
        try {
            return new Upload(QuarkusTransaction.requiringNew().call(() -> {
                Instant now = Instant.now();
                RuleSetVersion version = RuleSetVersion.draft(bundle.versionId(), verdict.name(),
                        verdict.description(), bundle.toZip(), author, now, compiled.warningsJson(verdict.problems()));
                version.drlRules = json(verdict.drlRules());
                version.persist();
                RuleSetTransition.record(version.version, null, RuleSetState.DRAFT, author, now, "uploaded");
                return view(version);
            }), true);
        } catch (RuntimeException e) {
            // the same content, stored at the same moment by another upload (here or on another instance)
            return new Upload(find(bundle.versionId()).orElseThrow(() -> e), false);
        }
    }

    /**
     * Runs a stored version's scenarios in the draft worker.
     *
     * @throws ApiException           404 when no such version is stored
     * @throws InvalidBundleException 422 when the run passes the worker's deadline or heap
     */
    public ScenarioReport test(String versionId) {
        DraftVerdict verdict = worker.test(Bundle.fromZip(bundles.zip(versionId)));
        if (verdict.scenarios() == null) {
            throw InvalidBundleException.doesNotValidate(versionId, verdict.problems());
        }
        return verdict.scenarios();
    }

    /**
     * A stored version's DRL rules, for people, never compiling a draft here: as the draft worker listed them at
     * upload; for a version stored without that list, from its rule set compiled here when it passed four eyes, else
     * listed by the draft worker now (and kept).
     *
     * @throws ApiException           404 when no such version is stored
     * @throws InvalidBundleException 422 when the worker's listing passes its deadline or heap
     * @throws DraftWorker.Busy       when no worker is free
     */
    public List<RuleDescriptor> drlRules(String versionId) {
        record Listing(String json, boolean passedFourEyes) {
        }
        Listing listing = QuarkusTransaction.requiringNew().call(() -> RuleSetVersion.byVersion(versionId)
                .map(v -> new Listing(v.drlRules, v.passedFourEyes())).orElseThrow(() -> notFound(versionId)));
        if (listing.json() != null) {
            return read(listing.json());
        }
        if (listing.passedFourEyes()) {
            return bundles.ruleSet(versionId).rules().stream().filter(rule -> rule.kind().equals("DRL")).toList();
        }
        List<RuleDescriptor> listed = worker.validate(Bundle.fromZip(bundles.zip(versionId))).drlRules();
        QuarkusTransaction.requiringNew().run(() -> RuleSetVersion.byVersion(versionId)
                .ifPresent(v -> v.drlRules = json(listed)));
        return listed;
    }

    private String json(List<RuleDescriptor> rules) {
        try {
            return mapper.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rule descriptors are plain records", e);
        }
    }

    private List<RuleDescriptor> read(String json) {
        try {
            return mapper.readValue(json, new TypeReference<List<RuleDescriptor>>() { });
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * DRAFT → APPROVED, by a rule approver who is not the version's author.
     *
     * @throws ApiException 403 for the author, 409 for a version that is not a DRAFT, 404 for none
     */
    public RuleSetView approve(String versionId, String approver) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RuleSetVersion version = locked(versionId);
            if (UserNames.same(version.author, approver)) {
                throw new ApiException(403, "four-eyes", "Forbidden",
                        "the author of a version cannot approve it: another rule approver must");
            }
            requireState(version, version.state == RuleSetState.DRAFT, "approved", "a DRAFT");
            Instant now = Instant.now();
            version.state = RuleSetState.APPROVED;
            version.approver = approver;
            version.approvedAt = now;
            RuleSetTransition.record(versionId, RuleSetState.DRAFT, RuleSetState.APPROVED, approver, now,
                    "approved");
            return view(version);
        });
    }

    /**
     * DRAFT or APPROVED → REJECTED.
     *
     * @throws ApiException 409 in any other state, 404 for none
     */
    public RuleSetView reject(String versionId, String approver) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RuleSetVersion version = locked(versionId);
            requireState(version, version.state.canBeRejected(), "rejected", "a DRAFT or APPROVED version");
            RuleSetState from = version.state;
            version.state = RuleSetState.REJECTED;
            RuleSetTransition.record(versionId, from, RuleSetState.REJECTED, approver, Instant.now(), "rejected");
            return view(version);
        });
    }

    /**
     * APPROVED (or, for a rollback, RETIRED) → ACTIVE; the version active before becomes RETIRED. The database row
     * changes first, then this instance swaps its rule set atomically; other instances follow within their poll.
     *
     * @throws ApiException 409 in any other state, 404 for none
     */
    public RuleSetView activate(String versionId, String approver) {
        RuleSetView before = find(versionId).orElseThrow(() -> notFound(versionId));
        requireState(before, before.state().canBeActivated());
        RuleSet ruleSet = bundles.ruleSet(versionId);
        long generation = QuarkusTransaction.requiringNew().call(() -> {
            ActivePointer pointer = ActivePointer.locked();
            RuleSetVersion version = locked(versionId);
            requireState(version, version.state.canBeActivated(), "activated",
                    "an APPROVED version or a formerly ACTIVE (RETIRED) one");
            Instant now = Instant.now();
            if (pointer.version != null) {
                RuleSetVersion previous = locked(pointer.version);
                previous.state = RuleSetState.RETIRED;
                previous.retiredAt = now;
                RuleSetTransition.record(previous.version, RuleSetState.ACTIVE, RuleSetState.RETIRED, approver, now,
                        "replaced by " + versionId);
            }
            RuleSetState from = version.state;
            version.state = RuleSetState.ACTIVE;
            version.activatedAt = now;
            RuleSetTransition.record(versionId, from, RuleSetState.ACTIVE, approver, now,
                    from == RuleSetState.RETIRED ? "rollback: reactivated" : "activated");
            pointer.version = versionId;
            pointer.generation += 1;
            pointer.changedAt = now;
            pointer.changedBy = approver;
            return pointer.generation;
        });
        sync.adopt(ruleSet, generation);
        return QuarkusTransaction.requiringNew().call(() -> view(RuleSetVersion.byVersion(versionId).orElseThrow()));
    }

    public Optional<RuleSetView> find(String versionId) {
        return QuarkusTransaction.requiringNew().call(() -> RuleSetVersion.byVersion(versionId).map(this::view));
    }

    public List<RuleSetView> all() {
        return QuarkusTransaction.requiringNew().call(() -> RuleSetVersion.newestFirst().stream().map(this::view)
                .toList());
    }

    /** The version this instance decides with now. */
    public RuleSetView deciding() {
        String version = holder.current().version();
        return find(version).orElseThrow(() -> notFound(version));
    }

    public List<TransitionView> history(String versionId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RuleSetVersion.byVersion(versionId).orElseThrow(() -> notFound(versionId));
            return RuleSetTransition.ofVersion(versionId).stream().map(TransitionView::of).toList();
        });
    }

    public List<TransitionView> transitions(Instant from, Instant to) {
        return QuarkusTransaction.requiringNew().call(() -> RuleSetTransition.between(from, to).stream()
                .map(TransitionView::of).toList());
    }

    private static RuleSetVersion locked(String versionId) {
        return RuleSetVersion.lockedByVersion(versionId).orElseThrow(() -> notFound(versionId));
    }

    private static ApiException notFound(String versionId) {
        return ApiException.notFound("no rule-set version " + versionId);
    }

    private static void requireState(RuleSetVersion version, boolean allowed, String action, String required) {
        if (!allowed) {
            throw ApiException.conflict("version " + version.version + " is " + version.state + ": only " + required
                    + " can be " + action);
        }
    }

    private static void requireState(RuleSetView version, boolean allowed) {
        if (!allowed) {
            throw ApiException.conflict("version " + version.version() + " is " + version.state()
                    + ": only an APPROVED version or a formerly ACTIVE (RETIRED) one can be activated");
        }
    }

    private RuleSetView view(RuleSetVersion v) {
        ObjectNode validation = mapper.createObjectNode();
        validation.set("warnings", warnings(v.warnings));
        boolean deciding = holder.ready() && holder.current().version().equals(v.version);
        boolean compiledHere = holder.byVersion(v.version).isPresent();
        return new RuleSetView(v.version, v.name, v.description, v.state, v.author, v.approver, v.createdAt,
                v.approvedAt, v.activatedAt, v.retiredAt, deciding, compiledHere, validation);
    }

    private JsonNode warnings(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
