package org.credo.service.ruleset;

import org.credo.core.Bundle;
import org.credo.core.Compilation;
import org.credo.zone.ZoneRuleSet;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The shipped bundle and its compilation, compiled at most once per process. {@link org.credo.service.CredoMain}
 * starts the compile on a background thread before Quarkus boots, so that it runs beside the boot; start-up takes
 * the result when the version to activate is the shipped bundle's (the same version id, so the same content) and
 * compiles the stored bundle otherwise. Without that early start (tests, dev mode) the first caller compiles it.
 */
public final class ShippedRuleSet {
    private static final Bundle BUNDLE = ZoneRuleSet.shippedBundle();
    private static final FutureTask<Compilation> COMPILATION =
            new FutureTask<>(() -> ZoneCompiler.compileValidated(BUNDLE));
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private ShippedRuleSet() {
    }

    /** Starts compiling the shipped bundle on a background thread, unless that has started already. */
    public static void startCompiling() {
        if (STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(COMPILATION, "credo-shipped-compile");
            thread.setDaemon(true);
            thread.start();
        }
    }

    static Bundle bundle() {
        return BUNDLE;
    }

    /** Whether a version id names the shipped bundle. */
    static boolean isVersion(String version) {
        return BUNDLE.versionId().equals(version);
    }

    /**
     * The shipped bundle compiled without validation, from the build's precompiled DRL rules when they are for it:
     * waits for the compile started early, or compiles it now.
     */
    public static Compilation compilation() {
        if (STARTED.compareAndSet(false, true)) {
            COMPILATION.run();
        }
        try {
            return COMPILATION.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the shipped rule set was compiled", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the shipped rule set could not be compiled", e.getCause());
        }
    }
}
