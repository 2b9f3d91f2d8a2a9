package org.credo.core.tck;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code docs/conformance.md}: runs the whole suite as {@link TckConformanceTest} does and writes the report,
 * whatever the figures. The Maven profile {@code conformance-report} of engine-core runs it; no test writes the file.
 */
public final class ConformanceReportWriter {
    private ConformanceReportWriter() {
    }

    /** Arguments: the suite's directory, then the file to write. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: ConformanceReportWriter <dmn-tck directory> <conformance.md>");
            System.exit(2);
        }
        ConformanceReport report = ConformanceReport.run(Path.of(args[0]));
        Files.writeString(Path.of(args[1]), report.markdown());
        System.out.println(report.summary());
        System.out.println("written to " + args[1]);
    }
}
