package org.credo.zone;

import org.credo.core.Bundle;
import org.credo.core.CompilerOptions;
import org.credo.rules.ZoneFacts;

/**
 * The Zhangzhou pilot zone's shipped rule set ({@code zhangzhou-cbec}) and the options a host compiles it with. The
 * bundle lives at class-path root {@value #ROOT}: the manifest and DMN models and scenarios from this module, the
 * credit DRL and its scenarios from the {@code rules} module.
 */
public final class ZoneRuleSet {
    /** Class-path root of the shipped bundle. */
    public static final String ROOT = "credo/zone";

    private ZoneRuleSet() {
    }

    /** The zone's fact packages and bindings, with rule metadata (id, legal basis, confidence, validity) required. */
    public static CompilerOptions options() {
        return new CompilerOptions(ZoneFacts.class.getClassLoader(), ZoneFacts.factPackages(), ZoneFacts.bindings(),
                true);
    }

    /** The shipped bundle, read from the class path. */
    public static Bundle shippedBundle() {
        return Bundle.fromClasspath(ZoneRuleSet.class.getClassLoader(), ROOT);
    }
}
