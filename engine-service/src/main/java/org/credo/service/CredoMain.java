package org.credo.service;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.credo.service.ruleset.ShippedRuleSet;

/**
 * The packaged service's entry point: starts compiling the shipped rule set on a background thread, so that it runs
 * beside Quarkus' boot rather than after it, then boots Quarkus.
 */
@QuarkusMain
public final class CredoMain {
    private CredoMain() {
    }

    public static void main(String... args) {
        ShippedRuleSet.startCompiling();
        Quarkus.run(args);
    }
}
