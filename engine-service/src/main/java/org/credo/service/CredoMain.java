package org.credo.service;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.credo.service.ruleset.ShippedRuleSet;

/**
 * The packaged service's entry point: starts compiling the shipped rule set on a background thread, so that it runs
 * beside Quarkus' boot rather than after it, then boots Quarkus. When the build runs it to record the class-data
 * archive (AppCDS, {@code quarkus.package.jar.appcds.enabled}), which boots Quarkus only part-way, it first compiles
 * the shipped rule set in full, so that the archive holds the rule engine's classes too.
 */
@QuarkusMain
public final class CredoMain {
    /** Set by Quarkus on the run that records the class-data archive. */
    private static final String APPCDS_GENERATE = "quarkus.appcds.generate";

    private CredoMain() {
    }

    public static void main(String... args) {
        ShippedRuleSet.startCompiling();
        if (Boolean.getBoolean(APPCDS_GENERATE)) {
            ShippedRuleSet.compilation();
        }
        Quarkus.run(args);
    }
}
