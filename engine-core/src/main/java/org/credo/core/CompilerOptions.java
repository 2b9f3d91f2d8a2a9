package org.credo.core;

import java.util.Map;
import java.util.Set;

/**
 * What the host lets a bundle use. Bundles are uploaded by people, so they may only reach the fact types the host
 * allows and a fixed set of safe library classes.
 *
 * @param classLoader         loads the fact types DRL rules refer to
 * @param allowedFactPackages packages whose classes DRL may use (the host's fact model); {@code org.credo.core}'s
 *                            {@link AsOf} is always allowed
 * @param bindings            fact bindings by the name a manifest gives them
 * @param requireRuleMetadata whether a rule lacking id, legal basis, confidence or validity is an error
 * @param limits              how much a bundle may hold ({@link BundleLimits#defaults()} unless given)
 * @param rememberOutcomes    whether a rule set remembers its DRL decisions' outcomes by decision, inputs and day
 *                            (the outcome memo; on unless {@link #withoutOutcomeMemo()})
 */
public record CompilerOptions(ClassLoader classLoader, Set<String> allowedFactPackages,
                              Map<String, FactBinding> bindings, boolean requireRuleMetadata, BundleLimits limits,
                              boolean rememberOutcomes) {

    public CompilerOptions {
        allowedFactPackages = Set.copyOf(allowedFactPackages);
        bindings = Map.copyOf(bindings);
        limits = limits == null ? BundleLimits.defaults() : limits;
    }

    /** Options that remember outcomes. */
    public CompilerOptions(ClassLoader classLoader, Set<String> allowedFactPackages,
                           Map<String, FactBinding> bindings, boolean requireRuleMetadata, BundleLimits limits) {
        this(classLoader, allowedFactPackages, bindings, requireRuleMetadata, limits, true);
    }

    /** Options with {@link BundleLimits#defaults()} that remember outcomes. */
    public CompilerOptions(ClassLoader classLoader, Set<String> allowedFactPackages,
                           Map<String, FactBinding> bindings, boolean requireRuleMetadata) {
        this(classLoader, allowedFactPackages, bindings, requireRuleMetadata, BundleLimits.defaults());
    }

    /** These options with the outcome memo off: every DRL decision fires a rule session of its own. */
    public CompilerOptions withoutOutcomeMemo() {
        return new CompilerOptions(classLoader, allowedFactPackages, bindings, requireRuleMetadata, limits, false);
    }

    /** Options for bundles with DMN models only, or DRL over {@link AsOf} and declared types alone. */
    public static CompilerOptions dmnOnly() {
        return new CompilerOptions(CompilerOptions.class.getClassLoader(), Set.of(), Map.of(), false);
    }
}
