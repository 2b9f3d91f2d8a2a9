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
        return BundleCompiler.compile(bundle, options);
    }
}
