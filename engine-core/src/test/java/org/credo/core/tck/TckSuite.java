package org.credo.core.tck;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * Where the DMN TCK lies: the directory in system property {@code credo.tck.dir} (the parent pom points it at
 * {@code ../shared/dmn-tck}). Where it is absent a test is skipped, and reported as skipped (a JUnit assumption); in
 * CI (environment variable {@code CI=true}, as CI services set it) or with {@code -Dcredo.tck.required=true}, as
 * {@code .ci/run} passes, an absent suite fails the test instead.
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
        if (required()) {
            fail(why + ", and this run requires it (CI=true or credo.tck.required=true)");
        }
        Assumptions.abort(why);
        throw new AssertionError(why);
    }

    static boolean required() {
        return Boolean.getBoolean("credo.tck.required") || "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
