package org.credo.benchmarks.inspection;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link InspectionDecision} on one thread and then on two, in one JVM invocation, and prints a Markdown table of
 * throughput (median and mean with its 99.9% error over the measurement iterations), each engine's ratio to raw Kie
 * DMN and Credo's ratio to each engine, both by median. JMH options given on the command line
 * ({@code -wi 5 -i 5 -w 2s -r 2s -f 1}…) apply to both runs.
 */
public final class InspectionReport {
    private static final List<Integer> THREADS = List.of(1, 2);
    private static final String BASELINE = "kieDecision";

    private InspectionReport() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        var commandLine = new CommandLineOptions(args);
        var byThreads = new LinkedHashMap<Integer, Map<String, Result<?>>>();
        for (int threads : THREADS) {
            var options = new OptionsBuilder().parent(commandLine)
                    .include(InspectionDecision.class.getName() + "\\.").threads(threads).build();
            byThreads.put(threads, scores(new Runner(options).run()));
        }
        System.out.println(table(byThreads));
    }

    private static Map<String, Result<?>> scores(Collection<RunResult> results) {
        var scores = new LinkedHashMap<String, Result<?>>();
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark();
            scores.put(method.substring(method.lastIndexOf('.') + 1), result.getPrimaryResult());
        }
        return scores;
    }

    static String table(Map<Integer, Map<String, Result<?>>> byThreads) {
        var out = new StringBuilder("| engine |");
        byThreads.keySet().forEach(t -> out.append(" ").append(t).append(t == 1 ? " thread" : " threads")
                .append(": median ops/s | mean ± error | median ÷ raw Kie | Credo ÷ engine |"));
        out.append("\n|---|");
        byThreads.keySet().forEach(t -> out.append("---:|---:|---:|---:|"));
        out.append('\n');
        for (String engine : byThreads.values().iterator().next().keySet()) {
            out.append("| ").append(engine).append(" |");
            for (Map<String, Result<?>> scores : byThreads.values()) {
                Result<?> score = scores.get(engine);
                double median = median(score);
                out.append(String.format(Locale.ROOT, " %,.0f | %,.0f ± %,.0f | %.2f | %.2f |", median,
                        score.getScore(), score.getScoreError(), median / median(scores.get(BASELINE)),
                        median(scores.get("credo")) / median));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The median of the measurement iterations: steadier than the mean on a shared, noisy machine. */
    private static double median(Result<?> result) {
        return result.getStatistics().getPercentile(50);
    }
}
