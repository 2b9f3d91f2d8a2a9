package org.credo.core;

import org.credo.core.internal.compile.BundleCompiler;

/**
 * Compiles bundles into rule sets. Validation is complete: the answer lists every problem found, each located,
 * rather than stopping at the first. Compile once, then evaluate as often as you like.
 */
public final class RuleSetCompiler {
    private final CompilerOptions options;

    public RuleSetCompiler(CompilerOptions options) {
        this.options = options;
    }

    /** Validates and compiles a bundle; never throws for what the bundle holds. */
    public Compilation compile(Bundle bundle) {
        return BundleCompiler.compile(bundle, options, BundleCompiler.Checks.ALL);
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
        return BundleCompiler.compile(bundle, options, BundleCompiler.Checks.COMPILE_ONLY);
    }
}
