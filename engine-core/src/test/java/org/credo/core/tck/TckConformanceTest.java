package org.credo.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

import org.credo.core.BundleLimits;
import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.internal.dmn.DmnStructure;
import org.junit.jupiter.api.Test;

/**
 * The DMN TCK through engine-core and the JSON codec, from {@link TckSuite#directory()} (skipped where the suite is
 * absent, failed there when it is required). Fails on any test case Kie DMN 10.2.0's published results list as a
 * success and Credo does not pass, and writes the report to {@code engine-core/target/conformance.md}, from which
 * {@code docs/conformance.md} is copied.
 */
class TckConformanceTest {
    static final List<String> LEVELS = List.of("compliance-level-2", "compliance-level-3", "non-compliant");

    @Test
    void credoLosesNoneOfTheTestCasesKiePasses() throws Exception {
        Path tck = TckSuite.directory();
        long started = System.nanoTime();
        List<TckRunner.CaseResult> results = runAll(tck);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        PublishedResults published = PublishedResults.read(tck.resolve("drools-10.2.0-published-results.csv"));

        var ran = results.stream().map(TckRunner.CaseResult::key).toList();
        var regressions = new ArrayList<String>();
        results.stream().filter(r -> !r.passed() && published.passedByKie(r.key()))
                .forEach(r -> regressions.add(r.key() + ": " + r.failure()));
        published.passedByKey().forEach((key, passed) -> {
            if (passed && !ran.contains(key)) {
                regressions.add(key + ": not run");
            }
        });
        var report = new ConformanceReport(results, published, seconds);
        System.out.println(report.summary());
        Files.writeString(reportFile(), report.markdown());

        assertThat(regressions).as("test cases Kie DMN 10.2.0 passes and Credo does not").isEmpty();
    }

    @Test
    void theTckModelThatCallsJavaIsRejectedUnderTheUploadRules() throws IOException {
        Path folder = TckSuite.directory().resolve("compliance-level-3/0076-feel-external-java");
        var files = new TreeMap<String, byte[]>();
        files.put("0076-feel-external-java.dmn", Files.readAllBytes(folder.resolve("0076-feel-external-java.dmn")));
        var problems = new ArrayList<Problem>();

        boolean admitted = DmnStructure.check(files, BundleLimits.defaults(), problems);

        assertThat(admitted).isFalse();
        assertThat(problems).extracting(Problem::code).containsOnly(ProblemCodes.FORBIDDEN_CONSTRUCT);
        assertThat(problems).filteredOn(p -> p.message().contains("external functions call Java")).hasSize(17);
    }

    private static List<TckRunner.CaseResult> runAll(Path tck) throws Exception {
        var folders = new ArrayList<Path>();
        for (String level : LEVELS) {
            Path dir = tck.resolve(level);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> listing = Files.list(dir)) {
                    listing.filter(Files::isDirectory).sorted().forEach(folders::add);
                }
            }
        }
        var pool = new ForkJoinPool(2);
        try {
            return pool.submit(() -> folders.parallelStream()
                    .flatMap(folder -> TckRunner.run(tck.relativize(folder).toString().replace('\\', '/'), folder)
                            .stream())
                    .toList()).get();
        } finally {
            pool.shutdown();
        }
    }

    /** The report, beside the build's other output; {@code docs/conformance.md} is a copy made by hand. */
    private static Path reportFile() throws IOException {
        Path target = Path.of(System.getProperty("user.dir")).resolve("target");
        Files.createDirectories(target);
        return target.resolve("conformance.md");
    }
}
