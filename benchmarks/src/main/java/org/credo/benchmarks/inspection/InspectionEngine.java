package org.credo.benchmarks.inspection;

/**
 * One way of deciding the inspection rate. Built once over the fixed declarations (inputs are prepared in the form
 * the engine takes, outside the timed path); {@link #decide} is what the benchmark times.
 */
public interface InspectionEngine {

    /** Decides declaration {@code index} and returns the engine's own result object. */
    Object decide(int index);

    /** Reads the engine's result as a {@link Verdict}, to check the engines agree. */
    Verdict verdict(Object result);
}
