package org.credo.core.internal.dmn;

/**
 * How strictly {@link DmnCompiler} treats the models it compiles. Neither option checks what a model may do:
 * {@link DmnStructure} does that, and every bundle passes it before it reaches {@link DmnCompiler}.
 *
 * @param validate             run Kie's DMN validator: schema, semantics, compilation and decision-table analysis
 * @param keepModelsWithErrors keep a model Kie compiled with errors (its faulty decisions evaluate to null, as the
 *                             DMN specification has it) instead of leaving it out
 */
public record DmnCompileOptions(boolean validate, boolean keepModelsWithErrors) {

    /** For bundles people upload: every validation on, faulty models left out. */
    public static DmnCompileOptions strict() {
        return new DmnCompileOptions(true, false);
    }

    /**
     * For conformance runs over trusted models (the DMN TCK's) that deliberately hold table gaps and overlaps,
     * compile errors and Java calls, compiled by calling {@link DmnCompiler} directly, without {@link DmnStructure}:
     * no validator, faulty models kept. Evaluation is exactly as under {@link #strict()}. Uploads never come here:
     * {@code BundleCompiler} runs {@link DmnStructure} first, whatever the options.
     */
    public static DmnCompileOptions trustedConformance() {
        return new DmnCompileOptions(false, true);
    }
}
