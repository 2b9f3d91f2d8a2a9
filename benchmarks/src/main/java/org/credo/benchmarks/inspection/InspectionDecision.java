package org.credo.benchmarks.inspection;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The shipped inspection-rate decision, one declaration per operation, cycling through {@link Declarations#sample()}.
 * Compiled state is shared by every thread ({@link Scope#Benchmark}); each thread walks the declarations on its own.
 * Setup fails unless every engine agrees with every other on every declaration.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class InspectionDecision {

    /** The engines, compiled once and shared by every benchmark thread. */
    @State(Scope.Benchmark)
    public static class Engines {
        Declaration[] declarations;
        InspectionEngine credo;
        InspectionEngine kieDecision;
        InspectionEngine kieEvaluateAll;
        InspectionEngine camundaFeel;
        InspectionEngine camundaLegacy;
        InspectionEngine java;

        @Setup(Level.Trial)
        public void build() {
            declarations = Declarations.sample();
            Map<String, InspectionEngine> all = InspectionEngines.all(declarations);
            InspectionEngines.requireAgreement(declarations, all);
            credo = all.get("credo");
            kieDecision = all.get("kieDecision");
            kieEvaluateAll = all.get("kieEvaluateAll");
            camundaFeel = all.get("camundaFeel");
            camundaLegacy = all.get("camundaLegacy");
            java = all.get("java");
        }
    }

    /** Each thread's position in the declarations. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        int next() {
            int index = next;
            next = index + 1 == Declarations.COUNT ? 0 : index + 1;
            return index;
        }
    }

    @Benchmark
    public Object credo(Engines engines, Cursor cursor) {
        return engines.credo.decide(cursor.next());
    }

    @Benchmark
    public Object kieDecision(Engines engines, Cursor cursor) {
        return engines.kieDecision.decide(cursor.next());
    }

    @Benchmark
    public Object kieEvaluateAll(Engines engines, Cursor cursor) {
        return engines.kieEvaluateAll.decide(cursor.next());
    }

    @Benchmark
    public Object camundaFeel(Engines engines, Cursor cursor) {
        return engines.camundaFeel.decide(cursor.next());
    }

    @Benchmark
    public Object camundaLegacy(Engines engines, Cursor cursor) {
        return engines.camundaLegacy.decide(cursor.next());
    }

    @Benchmark
    public Object java(Engines engines, Cursor cursor) {
        return engines.java.decide(cursor.next());
    }
}
