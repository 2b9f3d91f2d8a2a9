package org.credo.core.internal.dmn;

/**
 * How strictly {@link DmnCompiler} treats the models it compiles.
 *
 * @param validate                 run Kie's DMN validator: schema, semantics, compilation and decision-table
 *                                 analysis
 * @param allowJavaFunctions       allow functions that call Java ({@code kind="Java"} function definitions, FEEL
 *                                 {@code external} functions); only for trusted models such as the DMN TCK's own
 * @param keepModelsWithErrors     keep a model Kie compiled with errors (its faulty decisions evaluate to null,
 *                                 as the DMN specification has it) instead of leaving it out
 */
public record DmnCompileOptions(boolean validate, boolean allowJavaFunctions, boolean keepModelsWithErrors) {

    /** For bundles people upload: every validation on, no way to reach Java, faulty models left out. */
    public static DmnCompileOptions strict() {
        return new DmnCompileOptions(true, false, false);
    }

    /**
     * For conformance runs over trusted models that deliberately hold table gaps and overlaps, compile errors and
     * Java calls: no validator, Java functions allowed, faulty models kept. Evaluation is exactly as under
     * {@link #strict()}.
     */
    public static DmnCompileOptions trustedConformance() {
        return new DmnCompileOptions(false, true, true);
    }
}
