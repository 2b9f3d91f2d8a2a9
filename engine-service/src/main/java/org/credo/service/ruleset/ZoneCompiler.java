package org.credo.service.ruleset;

import org.credo.core.Bundle;
import org.credo.core.Compilation;
import org.credo.core.Problem;
import org.credo.core.RuleSetCompiler;
import org.credo.zone.ZoneRuleSet;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.function.Function;

/**
 * The zone's compiler, usable from any thread, before Quarkus has started as well as after: it compiles bundles with
 * the zone's options and logs how long each took. It hands every compile the build's precompiled DRL rules of the
 * shipped bundle ({@link ZoneRuleSet#precompiledDrl()}), which the compiler uses for the shipped bundle's version id
 * alone (its content hash): any other bundle has its DRL built from its source. Caches nothing; {@link CompiledRuleSets}
 * does.
 */
final class ZoneCompiler {
    private static final Logger LOG = Logger.getLogger(ZoneCompiler.class);
    private static final RuleSetCompiler COMPILER = new RuleSetCompiler(ZoneRuleSet.options());
    /** The build's precompiled DRL rules of the shipped bundle, used for that very version only; null: none. */
    private static final byte[] SHIPPED_DRL = ZoneRuleSet.precompiledDrl().orElse(null);

    private ZoneCompiler() {
    }

    /** Validates and compiles a bundle (an upload). */
    static Compilation compile(Bundle bundle) {
        return timed(bundle, b -> COMPILER.compile(b, SHIPPED_DRL), "validated and compiled");
    }

    /** The structural checks of an upload alone: nothing compiled or evaluated, the work bounded by the limits. */
    static List<Problem> structuralProblems(Bundle bundle) {
        return timed(bundle, COMPILER::structuralProblems, Function.identity(), "checked structurally");
    }

    /**
     * Compiles a bundle validated before, without validating it again (see {@link RuleSetCompiler#compileValidated}):
     * a stored version, validated at its upload, or the shipped bundle, validated by the build's tests.
     */
    static Compilation compileValidated(Bundle bundle) {
        return timed(bundle, b -> COMPILER.compileValidated(b, SHIPPED_DRL), "compiled (validated before)");
    }

    private static Compilation timed(Bundle bundle, Function<Bundle, Compilation> compile, String done) {
        return timed(bundle, compile, Compilation::problems, done);
    }

    private static <T> T timed(Bundle bundle, Function<Bundle, T> work, Function<T, List<Problem>> problems,
                               String done) {
        long started = System.nanoTime();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Kie finds its services through the context class loader: give it the engine's own.
        thread.setContextClassLoader(RuleSetCompiler.class.getClassLoader());
        try {
            T result = work.apply(bundle);
            LOG.infof("rule set %s %s in %d ms: %d problems", bundle.versionId(), done,
                    (System.nanoTime() - started) / 1_000_000, problems.apply(result).size());
            return result;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
