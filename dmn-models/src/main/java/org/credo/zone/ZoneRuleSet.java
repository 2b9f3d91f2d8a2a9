package org.credo.zone;

import org.credo.core.Bundle;
import org.credo.core.CompilerOptions;
import org.credo.rules.ZoneFacts;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The Zhangzhou pilot zone's shipped rule set ({@code zhangzhou-cbec}) and the options a host compiles it with. The
 * bundle lives at class-path root {@value #ROOT}: the manifest and DMN models and scenarios from this module, the
 * credit DRL and its scenarios from the {@code rules} module.
 */
public final class ZoneRuleSet {
    /** Class-path root of the shipped bundle. */
    public static final String ROOT = "credo/zone";
    /**
     * Class-path location of the shipped bundle's precompiled DRL rules, which this module's build writes (see
     * {@link ShippedDrlArtifact}); outside {@link #ROOT}, so not a file of the bundle.
     */
    public static final String PRECOMPILED_DRL = "credo/precompiled/zhangzhou-cbec.drl.bin";

    private ZoneRuleSet() {
    }

    /** The zone's fact packages and bindings, with rule metadata (id, legal basis, confidence, validity) required. */
    public static CompilerOptions options() {
        return new CompilerOptions(ZoneFacts.class.getClassLoader(), ZoneFacts.factPackages(), ZoneFacts.bindings(),
                true);
    }

    /**
     * The shipped bundle's precompiled DRL rules, for {@link org.credo.core.RuleSetCompiler#compileValidated(Bundle,
     * byte[])}: empty when the build did not write them (the compiler then builds the rules from their source).
     */
    public static Optional<byte[]> precompiledDrl() {
        try (InputStream in = ZoneRuleSet.class.getClassLoader().getResourceAsStream(PRECOMPILED_DRL)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The shipped bundle, read from the class path. */
    public static Bundle shippedBundle() {
        return Bundle.fromClasspath(ZoneRuleSet.class.getClassLoader(), ROOT);
    }
}
