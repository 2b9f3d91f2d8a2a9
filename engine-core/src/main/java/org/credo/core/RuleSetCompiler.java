package org.credo.core;

import org.credo.core.internal.compile.BundleCompiler;

import java.util.List;
import java.util.Optional;

/**
 * Compiles bundles into rule sets. Validation is complete: the answer lists every problem found, each located,
 * rather than stopping at the first. Compile once, then evaluate as often as you like.
 */
public final class RuleSetCompiler {
    /**
     * System property: {@code false} leaves every DMN evaluation to Kie instead of compiling decisions into plain Java
     * plans (read when a bundle compiles; for comparing both paths and as an escape hatch).
     */
    public static final String COMPILED_DECISIONS_PROPERTY = "credo.dmn.compiled";

    private final CompilerOptions options;

    public RuleSetCompiler(CompilerOptions options) {
        this.options = options;
    }

    /** Validates and compiles a bundle; never throws for what the bundle holds. */
    public Compilation compile(Bundle bundle) {
        return compile(bundle, null);
    }

    /**
     * Compiles a bundle that was already validated by {@link #compile} (for instance a stored version, named by the
     * content hash it was validated under), without validating it again: it builds the DRL rules, the DMN models and
     * their decision plans, and reads the manifest and scenarios, but skips Kie's DMN validator and decision-table
     * analysis, the manifest's decision and invariant checks and the DMN rule-metadata check. The DRL sandbox still
     * runs. A bundle that does not compile still gives its problems and no rule set; one that would fail only a
     * skipped check compiles. For uploads, use {@link #compile}.
     */
    public Compilation compileValidated(Bundle bundle) {
        return compileValidated(bundle, null);
    }

    /**
     * The structural checks of {@link #compile} alone, which {@link #compile} also runs first: file kinds, the
     * manifest, DMN XML bounds, every FEEL syntax tree, the DRL sandbox and the bundle limits. Nothing of the bundle
     * is compiled or evaluated, and the work is bounded by the limits, so a host can run this where it runs nothing
     * else of an untrusted bundle. A bundle with an error here never compiles.
     */
    public List<Problem> structuralProblems(Bundle bundle) {
        return BundleCompiler.structuralProblems(bundle, options);
    }

    /**
     * Builds a bundle's DRL rules ahead of time, for {@link #compileValidated(Bundle, byte[])}: the DRL sandbox checks
     * every file first. The artifact is tied to the bundle's version id and to the Drools version that built it.
     * Empty when the bundle has no DRL, the sandbox rejects a file, or Drools reports any error or warning.
     */
    public Optional<byte[]> precompileDrl(Bundle bundle) {
        return BundleCompiler.precompileDrl(bundle, options);
    }

    /**
     * As {@link #compileValidated(Bundle)}, but takes the DRL rules from an artifact of {@link #precompileDrl} when it
     * was made for this very bundle version and this Drools version and reads back, which skips Drools' parsing and
     * Java compiling of the rules; any other artifact is ignored and the rules are built from their source. The
     * sandbox checks the source either way. An artifact holds compiled code: pass only artifacts you made with
     * {@link #precompileDrl} and kept where only your own code is (such as your class path). A null artifact is none.
     */
    public Compilation compileValidated(Bundle bundle, byte[] precompiledDrl) {
        return BundleCompiler.compile(bundle, options, BundleCompiler.Checks.COMPILE_ONLY, precompiledDrl);
    }

    /**
     * As {@link #compile(Bundle)}, validation complete, but takes the DRL rules from an artifact of
     * {@link #precompileDrl} as {@link #compileValidated(Bundle, byte[])} does, under the same terms. The artifact is
     * only made from DRL that compiled without any problem, so the validation finds the same.
     */
    public Compilation compile(Bundle bundle, byte[] precompiledDrl) {
        return BundleCompiler.compile(bundle, options, BundleCompiler.Checks.ALL, precompiledDrl);
    }
}
