package org.credo.service.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.core.Bundle;
import org.credo.core.Compilation;
import org.credo.core.RuleSet;
import org.credo.core.RuleSetCompiler;
import org.credo.zone.ZoneRuleSet;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Compiles bundles with the zone's options and keeps every compiled version in {@link ActiveRuleSet}'s cache, so a
 * version is compiled once per instance: at upload, at start-up, or when another instance activated it. Only uploads
 * are validated; stored versions and the shipped bundle were validated before and are compiled without validation,
 * which keeps start-up short. Decisions never come here.
 */
@ApplicationScoped
public class CompiledRuleSets {
    private static final Logger LOG = Logger.getLogger(CompiledRuleSets.class);

    private final ActiveRuleSet ruleSets;
    private final RuleSetCompiler compiler = new RuleSetCompiler(ZoneRuleSet.options());
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    private final ObjectMapper mapper;

    public CompiledRuleSets(ActiveRuleSet ruleSets, ObjectMapper mapper) {
        this.ruleSets = ruleSets;
        this.mapper = mapper;
    }

    /** Validates and compiles a bundle (an upload); a rule set that compiles is cached by its version. */
    public Compilation compile(Bundle bundle) {
        return compile(bundle, compiler::compile, "validated and compiled");
    }

    /**
     * Compiles a bundle validated before, without validating it again (see
     * {@link RuleSetCompiler#compileValidated}): a stored version, validated at its upload, or the shipped bundle,
     * validated by the build's tests. A rule set that compiles is cached by its version.
     */
    public Compilation compileValidated(Bundle bundle) {
        return compile(bundle, compiler::compileValidated, "compiled (validated before)");
    }

    private Compilation compile(Bundle bundle, Function<Bundle, Compilation> compile, String done) {
        long started = System.nanoTime();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Kie finds its services through the context class loader: give it the engine's own.
        thread.setContextClassLoader(RuleSetCompiler.class.getClassLoader());
        try {
            Compilation compilation = compile.apply(bundle);
            compilation.ruleSet().ifPresent(ruleSets::register);
            LOG.infof("rule set %s %s in %d ms: %d problems", compilation.versionId(), done,
                    (System.nanoTime() - started) / 1_000_000, compilation.problems().size());
            return compilation;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * A stored version, compiled: from the cache, or compiled now (once, however many threads ask) without validating
     * it again, as it was validated when it was uploaded.
     *
     * @param zip reads the stored bundle, only when it must be compiled
     * @throws IllegalStateException when a stored version no longer compiles
     */
    public RuleSet compiled(String version, Supplier<byte[]> zip) {
        var cached = ruleSets.byVersion(version);
        if (cached.isPresent()) {
            return cached.get();
        }
        synchronized (locks.computeIfAbsent(version, v -> new Object())) {
            return ruleSets.byVersion(version).orElseGet(() -> {
                Compilation compilation = compileValidated(Bundle.fromZip(zip.get()));
                return compilation.ruleSet().orElseThrow(() -> new IllegalStateException(
                        "stored rule-set version " + version + " does not compile: " + compilation.errors()));
            });
        }
    }

    /** A compiled rule set's warnings as the JSON array stored with its version. */
    public String warningsJson(RuleSet ruleSet) {
        try {
            return mapper.writeValueAsString(ruleSet.warnings().stream().map(BundleProblem::of).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("problems are plain records", e);
        }
    }
}
