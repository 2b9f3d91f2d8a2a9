package org.credo.core.tck;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * Where the DMN TCK lies: the directory in system property {@code credo.tck.dir} (the parent pom points it at
 * {@code ../shared/dmn-tck}). Where it is absent a test is skipped, and reported as skipped; with
 * {@code -Dcredo.tck.required=true}, as CI runs, an absent suite fails the test instead.
 */
final class TckSuite {
    private TckSuite() {
    }

    /** The suite's directory; skips or fails the calling test when there is none. */
    static Path directory() {
        String configured = System.getProperty("credo.tck.dir");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        String why = "the DMN TCK is absent (credo.tck.dir=" + configured + ")";
        if (Boolean.getBoolean("credo.tck.required")) {
            fail(why + ", and credo.tck.required is set");
        }
        Assumptions.abort(why);
        throw new AssertionError(why);
    }
}
