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
 * Setup fails unless the engine agrees with the others on every declaration.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class InspectionDecision {

    /**
     * One engine, compiled once per fork and shared by every benchmark thread. Setup checks it against the hand-written
     * Java decision on every declaration (agreeing with that one reference, the engines agree with each other), so a
     * fork only compiles the engine it times.
     */
    @State(Scope.Benchmark)
    public abstract static class Engine {
        InspectionEngine engine;

        abstract InspectionEngine create(Declaration[] declarations);

        @Setup(Level.Trial)
        public void build() {
            Declaration[] declarations = Declarations.sample();
            engine = create(declarations);
            InspectionEngines.requireAgreement(declarations, Map.of(getClass().getSimpleName(), engine));
        }
    }

    public static class Credo extends Engine {
        @Override
        InspectionEngine create(Declaration[] declarations) {
            return new CredoInspection(declarations);
        }
    }

    public static class KieDecision extends Engine {
        @Override
        InspectionEngine create(Declaration[] declarations) {
            return new KieInspection(declarations, KieInspection.Scope.DECISION);
        }
    }

    public static class KieExecModel extends Engine {
        @Override
        InspectionEngine create(Declaration[] declarations) {
            return new KieInspection(declarations, KieInspection.Scope.DECISION, true);
        }
    }

    public static class KieEvaluateAll extends Engine {
        @Override
        InspectionEngine create(Declaration[] declarations) {
            return new KieInspection(declarations, KieInspection.Scope.ALL);
        }
    }

    public static class CamundaFeel extends Engine {
        @Override
        InspectionEngine create(Declaration[] declarations) {
            return new CamundaInspection(declarations, CamundaInspection.Mode.FEEL);
        }
    }

    public static class CamundaLegacy extends Engine {
        @Override
        InspectionEngine create(Declaration[] declarations) {
            return new CamundaInspection(declarations, CamundaInspection.Mode.LEGACY);
        }
    }

    public static class Java extends Engine {
        @Override
        InspectionEngine create(Declaration[] declarations) {
            return new JavaInspection(declarations);
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
    public Object credo(Credo state, Cursor cursor) {
        return state.engine.decide(cursor.next());
    }

    @Benchmark
    public Object kieDecision(KieDecision state, Cursor cursor) {
        return state.engine.decide(cursor.next());
    }

    @Benchmark
    public Object kieExecModel(KieExecModel state, Cursor cursor) {
        return state.engine.decide(cursor.next());
    }

    @Benchmark
    public Object kieEvaluateAll(KieEvaluateAll state, Cursor cursor) {
        return state.engine.decide(cursor.next());
    }

    @Benchmark
    public Object camundaFeel(CamundaFeel state, Cursor cursor) {
        return state.engine.decide(cursor.next());
    }

    @Benchmark
    public Object camundaLegacy(CamundaLegacy state, Cursor cursor) {
        return state.engine.decide(cursor.next());
    }

    @Benchmark
    public Object java(Java state, Cursor cursor) {
        return state.engine.decide(cursor.next());
    }
}
