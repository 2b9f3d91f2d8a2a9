package org.credo.service.ruleset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The draft worker's class path, in each way the service runs. */
class WorkerClassPathTest {

    @Test
    void thePackagedFastJarGivesTheApplicationItsLibrariesAndTheBootLibraries(@TempDir Path dir) throws IOException {
        Path app = Files.createDirectories(dir.resolve("quarkus-app"));
        for (String sub : new String[]{"app", "lib/main", "lib/boot", "quarkus"}) {
            Files.createDirectories(app.resolve(sub));
        }
        Path runner = Files.createFile(app.resolve(WorkerClassPath.FAST_JAR_RUNNER));

        assertThat(WorkerClassPath.derived(runner.toString())).isEqualTo(String.join(File.pathSeparator,
                app.resolve("app") + File.separator + "*", app.resolve("lib/main") + File.separator + "*",
                app.resolve("lib/boot") + File.separator + "*"));
    }

    @Test
    void aJvmClassPathOfItsOwnIsTakenAsItIs() {
        String classPath = String.join(File.pathSeparator, "target/classes", "lib/engine-core.jar");

        assertThat(WorkerClassPath.derived(classPath)).isEqualTo(classPath);
        assertThat(WorkerClassPath.derived("other-runner.jar")).isEqualTo("other-runner.jar");
    }

    @Test
    void aConfiguredClassPathWins() {
        assertThat(WorkerClassPath.of(Optional.of("/opt/credo/worker/*"))).isEqualTo("/opt/credo/worker/*");
    }
}
