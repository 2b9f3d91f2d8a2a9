package org.credo.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The packaged jar, started with {@code java -jar} and nothing else on its class path. */
class VerifierJarIT {
    @Test
    void theJarRunsAloneAndAnswersWithItsExitStatus() throws IOException, InterruptedException {
        assertThat(run("receipt", "receipt-valid.json")).isZero();
        assertThat(run("receipt", "receipt-proof-flipped.json")).isEqualTo(1);
        assertThat(run("export", "decisions-21.ndjson", "checkpoint-21.txt")).isZero();
        assertThat(run("receipt")).isEqualTo(2);
    }

    /** Runs the jar on the named vectors with the vectors' log key. */
    private static int run(String command, String... vectors) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", System.getProperty("verifier.jar"), command));
        for (String vector : vectors) {
            args.add(Fixtures.credoPath(vector));
        }
        args.addAll(List.of("--key", Fixtures.credoPath("log-key.txt")));
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
        return process.exitValue();
    }
}
