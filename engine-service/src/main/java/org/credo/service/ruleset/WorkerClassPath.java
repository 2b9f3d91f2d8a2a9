package org.credo.service.ruleset;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The class path of the draft worker's JVM, derived from how the service runs: from the packaged fast-jar directory
 * when it runs as {@code java -jar quarkus-app/quarkus-run.jar} (whose own class path holds the launcher alone), and
 * the JVM's class path otherwise (tests, dev mode), unless configured ({@code credo.worker.class-path}).
 */
final class WorkerClassPath {
    static final String FAST_JAR_RUNNER = "quarkus-run.jar";
    /** The fast-jar directories holding the application, its libraries and Quarkus' boot libraries. */
    private static final List<String> FAST_JAR_DIRECTORIES = List.of("app", "lib/main", "lib/boot");

    private WorkerClassPath() {
    }

    static String of(Optional<String> configured) {
        return configured.orElseGet(() -> derived(System.getProperty("java.class.path")));
    }

    static String derived(String jvmClassPath) {
        String[] entries = jvmClassPath.split(File.pathSeparator);
        Path first = Path.of(entries[0]).toAbsolutePath();
        if (entries.length == 1 && first.getFileName().toString().equals(FAST_JAR_RUNNER)) {
            Path app = first.getParent();
            return FAST_JAR_DIRECTORIES.stream().map(app::resolve).filter(Files::isDirectory)
                    .map(dir -> dir + File.separator + "*")
                    .collect(Collectors.joining(File.pathSeparator));
        }
        return jvmClassPath;
    }
}
