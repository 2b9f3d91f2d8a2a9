package org.credo.service.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.core.Bundle;
import org.credo.core.Compilation;
import org.credo.core.RuleSet;

import java.util.List;
import java.util.function.Supplier;

/**
 * Compiles bundles with the zone's options ({@link ZoneCompiler}) and keeps every compiled version in
 * {@link ActiveRuleSet}'s cache, so a version is compiled once per instance: at start-up, ahead of or at its
 * activation, when another instance activated it, or for a simulation. Uploads are validated in the
 * {@link DraftWorker}; stored versions and the shipped bundle were validated before and are compiled here without
 * validation, which keeps start-up short. Decisions never come here.
 */
@ApplicationScoped
public class CompiledRuleSets {
    private final ActiveRuleSet ruleSets;
    /** One lock per version being compiled, held weakly: collected once no thread compiles or waits for it. */
    private final LoadingCache<String, Object> locks = Caffeine.newBuilder().weakValues().build(v -> new Object());

    private final ObjectMapper mapper;

    public CompiledRuleSets(ActiveRuleSet ruleSets, ObjectMapper mapper) {
        this.ruleSets = ruleSets;
        this.mapper = mapper;
    }

    /**
     * Validates and compiles a trusted bundle (the shipped one) here; a rule set that compiles is cached by its
     * version. Uploads are validated in the {@link DraftWorker}, never here.
     */
    public Compilation compile(Bundle bundle) {
        return registered(ZoneCompiler.compile(bundle));
    }

    /** The shipped bundle compiled without validation (see {@link ShippedRuleSet}); a rule set is cached. */
    public Compilation shipped() {
        return registered(ShippedRuleSet.compilation());
    }

    private Compilation registered(Compilation compilation) {
        compilation.ruleSet().ifPresent(ruleSets::register);
        return compilation;
    }

    /**
     * A stored version, compiled: from the cache, or compiled now (once, however many threads ask) without validating
     * it again, as it was validated when it was uploaded; the shipped bundle's version is taken from
     * {@link ShippedRuleSet}, which may have compiled it already.
     *
     * @param zip reads the stored bundle, only when it must be compiled
     * @throws IllegalStateException when a stored version no longer compiles
     */
    public RuleSet compiled(String version, Supplier<byte[]> zip) {
        var cached = ruleSets.byVersion(version);
        if (cached.isPresent()) {
            return cached.get();
        }
        synchronized (locks.get(version)) {
            return ruleSets.byVersion(version).orElseGet(() -> {
                Compilation compilation = registered(ShippedRuleSet.isVersion(version) ? ShippedRuleSet.compilation()
                        : ZoneCompiler.compileValidated(Bundle.fromZip(zip.get())));
                return compilation.ruleSet().orElseThrow(() -> new IllegalStateException(
                        "stored rule-set version " + version + " does not compile: " + compilation.errors()));
            });
        }
    }

    /** A compiled rule set's warnings as the JSON array stored with its version. */
    public String warningsJson(RuleSet ruleSet) {
        return warningsJson(ruleSet.warnings().stream().map(BundleProblem::of).toList());
    }

    /** A validation's warnings as the JSON array stored with its version. */
    public String warningsJson(List<BundleProblem> warnings) {
        try {
            return mapper.writeValueAsString(warnings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("problems are plain records", e);
        }
    }
}
