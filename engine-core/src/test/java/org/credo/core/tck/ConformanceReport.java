package org.credo.core.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One run of the whole suite: the conformance figures and every failure, as {@code docs/conformance.md} shows them
 * ({@link ConformanceReportWriter} writes it there; {@link TckConformanceTest} only checks the run).
 */
record ConformanceReport(List<TckRunner.CaseResult> results, PublishedResults published, long seconds) {
    static final List<String> LEVELS = List.of("compliance-level-2", "compliance-level-3", "non-compliant");

    /** Runs every test case of the suite's levels, two folders at a time, and reads Kie's published results. */
    static ConformanceReport run(Path tck) throws InterruptedException {
        long started = System.nanoTime();
        var folders = new ArrayList<Path>();
        for (String level : LEVELS) {
            Path dir = tck.resolve(level);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> listing = Files.list(dir)) {
                    listing.filter(Files::isDirectory).sorted().forEach(folders::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        var pool = new ForkJoinPool(2);
        try {
            List<TckRunner.CaseResult> results = pool.submit(() -> folders.parallelStream()
                    .flatMap(folder -> TckRunner.run(tck.relativize(folder).toString().replace('\\', '/'), folder)
                            .stream())
                    .toList()).get();
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            return new ConformanceReport(results,
                    PublishedResults.read(tck.resolve("drools-10.2.0-published-results.csv")), seconds);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the TCK run failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** The test cases Kie DMN 10.2.0's published run passes and this run fails or did not run, with why. */
    List<String> regressions() {
        var ran = results.stream().map(TckRunner.CaseResult::key).collect(Collectors.toSet());
        var regressions = new ArrayList<String>();
        results.stream().filter(r -> !r.passed() && published.passedByKie(r.key()))
                .forEach(r -> regressions.add(r.key() + ": " + r.failure()));
        published.passedByKey().forEach((key, passed) -> {
            if (passed && !ran.contains(key)) {
                regressions.add(key + ": not run");
            }
        });
        return regressions;
    }

    long passed(String level) {
        return inLevel(level).stream().filter(TckRunner.CaseResult::passed).count();
    }

    List<TckRunner.CaseResult> inLevel(String level) {
        return results.stream().filter(r -> r.folder().startsWith(level + "/")).toList();
    }

    long compliantTotal() {
        return inLevel("compliance-level-2").size() + inLevel("compliance-level-3").size();
    }

    long compliantPassed() {
        return passed("compliance-level-2") + passed("compliance-level-3");
    }

    String summary() {
        return "DMN TCK through engine-core and the JSON codec: " + compliantPassed() + " of " + compliantTotal()
                + " test cases pass (levels 2 and 3; Kie DMN 10.2.0 published " + published.successes() + " of "
                + published.passedByKey().size() + "); non-compliant " + passed("non-compliant") + " of "
                + inLevel("non-compliant").size() + "; " + seconds + " s";
    }

    String markdown() {
        var md = new StringBuilder();
        md.append("# DMN TCK conformance\n\n");
        md.append("Credo runs the public DMN TCK (`../shared/dmn-tck`, commit 0dbcaf9b) through engine-core and its ")
                .append("JSON codec, the way a client of `POST /api/v1/models/{modelName}/evaluate` would: each ")
                .append("test case's typed XML inputs become JSON, are decoded by the model's input types, ")
                .append("evaluated, and every result is encoded back to JSON and compared with the expected value ")
                .append("read into JSON the same way.\n\n");
        md.append("| Level | Passed | Test cases |\n|---|---:|---:|\n");
        for (String level : LEVELS) {
            md.append("| ").append(level).append(" | ").append(passed(level)).append(" | ")
                    .append(inLevel(level).size()).append(" |\n");
        }
        md.append("| **levels 2 and 3** | **").append(compliantPassed()).append("** | **").append(compliantTotal())
                .append("** |\n\n");
        md.append("Kie DMN 10.2.0's published result for the same suite is ").append(published.successes())
                .append(" of ").append(published.passedByKey().size()).append(" (levels 2 and 3). The runner ")
                .append("fails the build if any test case Kie passes fails in Credo.\n\n");
        md.append("## Failures\n\n");
        var failures = results.stream().filter(r -> !r.passed()).toList();
        if (failures.isEmpty()) {
            md.append("None.\n\n");
        } else {
            md.append("| Test case | Kie 10.2.0 | Reason |\n|---|---|---|\n");
            for (TckRunner.CaseResult failure : failures) {
                String kie = !published.passedByKey().containsKey(failure.key()) ? "not published"
                        : published.passedByKie(failure.key()) ? "passes" : "fails too";
                md.append("| ").append(failure.folder()).append(" / ").append(failure.testFile()).append(" / ")
                        .append(failure.caseId()).append(" | ").append(kie).append(" | ")
                        .append(failure.failure().replace("|", "\\|").replace("\n", " ")).append(" |\n");
            }
            md.append('\n');
        }
        var beyondKie = results.stream()
                .filter(r -> r.passed() && published.passedByKey().containsKey(r.key())
                        && !published.passedByKie(r.key()))
                .toList();
        if (!beyondKie.isEmpty()) {
            md.append("## Passing where Kie's published run fails\n\n");
            beyondKie.forEach(r -> md.append("- ").append(r.folder()).append(" / ").append(r.testFile())
                    .append(" / ").append(r.caseId()).append('\n'));
            md.append('\n');
        }
        md.append("""
                ## How the runner works

                - `engine-core/src/test/java/org/credo/core/tck/TckConformanceTest.java` finds the suite through the
                  system property `credo.tck.dir`, which the parent pom sets to `../shared/dmn-tck`. Where the
                  directory is absent (a fresh clone) the TCK tests are reported as skipped (a JUnit assumption);
                  where the environment says `CI=true`, or with `-Dcredo.tck.required=true` as `.ci/run` passes, an
                  absent suite fails them.
                - Each folder's models are compiled once, together (so imports resolve), by `DmnCompiler` with
                  `DmnCompileOptions.trustedConformance()`. The TCK's models are trusted test material that keeps
                  decision-table gaps and overlaps, type errors (`0092-feel-lambda` uses an item definition before
                  declaring it) and unknown functions (`1131-feel-function-invocation`) on purpose; Credo's
                  validation reports those, some as errors that would stop an uploaded bundle. So conformance skips
                  the validator and keeps models Kie compiled with errors, whose faulty decisions evaluate to null
                  as the DMN specification has it. Evaluation is the same code as in production, with Kie's runtime
                  type check on.
                - `0076-feel-external-java` calls Java through FEEL `external` functions and a `kind="Java"`
                  function definition. Under the rules for uploaded bundles its model is rejected with 18
                  `FORBIDDEN_CONSTRUCT` problems (asserted by `TckConformanceTest` and `DmnForbiddenConstructTest`),
                  so its 18 test cases pass only in this trusted run; with the upload rules the count would be 18
                  lower.
                - Inputs go through `DmnModels.decodeInputs` (the codec, directed by the model's types), results
                  through `FeelJsonCodec.toJson`. Where a model declares no type for an input, a string in the exact
                  ISO form of a date, date-time, time or duration is decoded as that value (the TCK's
                  `0095`-`0098` pass dates to untyped inputs).
                - Numbers compare by exact decimal value, except the TCK's inexact results (`exp(4)` is
                  `54.59815003`; loan payments computed in binary floating point): an expected value with 8 or more
                  decimal places must be met within 10^-8, the precision of the TCK's own runner for Kie. Dates,
                  times, date-times and durations compare as text, or as the same FEEL value when the texts differ
                  only in form (`P13M` and `P1Y1M`). `errorResult="true"` expects a null result; a result the
                  evaluation does not have fails, also where null or an error is expected; an expected value the
                  runner cannot read fails its test case (`TckRunnerTest` pins each of these on test cases of
                  its own).
                - Decision-service test cases invoke the service by its `invocableName`; other test cases evaluate
                  every decision of the model.
                - The non-compliant folder is counted apart. Its failures above are inputs that give numbers as
                  JSON strings (the codec answers `INVALID_INPUT`, as the contract wants) and `string()` of lists
                  and contexts, which Kie formats its own way.

                ## How to run

                The test checks the run and writes nothing; this file is generated in a step of its own:

                ```
                ./mvnw -B -pl engine-core test -Dtest=TckConformanceTest
                ./mvnw -B -pl engine-core -Pconformance-report test-compile exec:exec@conformance-report
                ```

                The second command runs `ConformanceReportWriter` (engine-core's test sources) over the suite and
                rewrites `docs/conformance.md`; commit it when the figures change. Set
                `-Dcredo.tck.dir=/path/to/dmn-tck` to run either against another copy of the suite. The whole
                suite takes about two minutes on two idle cores.
                """);
        return md.toString();
    }
}
