package org.credo.service.ruleset;

import org.credo.core.Bundle;
import org.credo.core.Compilation;
import org.credo.core.RuleSetCompiler;
import org.credo.zone.ZoneRuleSet;
import org.jboss.logging.Logger;

import java.util.function.Function;

/**
 * The zone's compiler, usable from any thread, before Quarkus has started as well as after: it compiles bundles with
 * the zone's options and logs how long each took. Caches nothing; {@link CompiledRuleSets} does.
 */
final class ZoneCompiler {
    private static final Logger LOG = Logger.getLogger(ZoneCompiler.class);
    private static final RuleSetCompiler COMPILER = new RuleSetCompiler(ZoneRuleSet.options());

    private ZoneCompiler() {
    }

    /** Validates and compiles a bundle (an upload). */
    static Compilation compile(Bundle bundle) {
        return compile(bundle, COMPILER::compile, "validated and compiled");
    }

    /**
     * Compiles a bundle validated before, without validating it again (see {@link RuleSetCompiler#compileValidated}):
     * a stored version, validated at its upload, or the shipped bundle, validated by the build's tests.
     */
    static Compilation compileValidated(Bundle bundle) {
        return compile(bundle, COMPILER::compileValidated, "compiled (validated before)");
    }

    /**
     * The shipped bundle, compiled without validation, its DRL rules taken from the build's precompiled artifact when
     * there is one for it ({@link ZoneRuleSet#precompiledDrl()}), and built from their source otherwise.
     */
    static Compilation compileShipped(Bundle shipped) {
        return ZoneRuleSet.precompiledDrl()
                .map(artifact -> compile(shipped, bundle -> COMPILER.compileValidated(bundle, artifact),
                        "compiled (validated before) with its DRL precompiled by the build if for this version"))
                .orElseGet(() -> compileValidated(shipped));
    }

    private static Compilation compile(Bundle bundle, Function<Bundle, Compilation> compile, String done) {
        long started = System.nanoTime();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Kie finds its services through the context class loader: give it the engine's own.
        thread.setContextClassLoader(RuleSetCompiler.class.getClassLoader());
        try {
            Compilation compilation = compile.apply(bundle);
            LOG.infof("rule set %s %s in %d ms: %d problems", compilation.versionId(), done,
                    (System.nanoTime() - started) / 1_000_000, compilation.problems().size());
            return compilation;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
