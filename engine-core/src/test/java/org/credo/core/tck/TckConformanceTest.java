package org.credo.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.TreeMap;

import org.credo.core.BundleLimits;
import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.internal.dmn.DmnStructure;
import org.junit.jupiter.api.Test;

/**
 * The DMN TCK through engine-core and the JSON codec, from {@link TckSuite#directory()} (a reported skip where the
 * suite is absent, a failure there in CI). Fails on any test case Kie DMN 10.2.0's published results list as a
 * success and Credo does not pass. It writes no file: {@link ConformanceReportWriter} makes {@code docs/conformance.md}
 * in a step of its own.
 */
class TckConformanceTest {

    @Test
    void credoLosesNoneOfTheTestCasesKiePasses() throws Exception {
        ConformanceReport report = ConformanceReport.run(TckSuite.directory());
        System.out.println(report.summary());

        assertThat(report.results()).as("test cases run").isNotEmpty();
        assertThat(report.regressions()).as("test cases Kie DMN 10.2.0 passes and Credo does not").isEmpty();
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
}
