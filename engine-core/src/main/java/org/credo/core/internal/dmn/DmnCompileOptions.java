package org.credo.core.internal.dmn;

/**
 * How strictly {@link DmnCompiler} treats the models it compiles.
 *
 * @param validate           run Kie's DMN validator: schema, semantics, compilation and decision-table analysis
 * @param allowJavaFunctions allow functions that call Java ({@code kind="Java"} function definitions, FEEL
 *                           {@code external} functions); only for trusted models such as the DMN TCK's own
 */
public record DmnCompileOptions(boolean validate, boolean allowJavaFunctions) {

    /** For bundles people upload: every validation on, no way to reach Java. */
    public static DmnCompileOptions strict() {
        return new DmnCompileOptions(true, false);
    }

    /**
     * For conformance runs over trusted models that deliberately hold table gaps and overlaps and call Java: no
     * validator, Java functions allowed. Evaluation is exactly as under {@link #strict()}.
     */
    public static DmnCompileOptions trustedConformance() {
        return new DmnCompileOptions(false, true);
    }
}
