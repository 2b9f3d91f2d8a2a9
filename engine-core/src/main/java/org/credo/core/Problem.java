package org.credo.core;

/**
 * One located validation problem of a bundle.
 *
 * @param code     stable code clients and tests rely on, e.g. {@code DRL_COMPILE}, {@code DMN_TABLE_GAP},
 *                 {@code FORBIDDEN_CONSTRUCT} (see {@link ProblemCodes})
 * @param severity how serious it is
 * @param file     bundle path of the file concerned, or {@code null} for the bundle as a whole
 * @param line     1-based line in {@code file} (DRL, manifest, scenarios), or {@code null}
 * @param element  DMN element id (or name) concerned, or {@code null}
 * @param rule     1-based decision-table rule number, or {@code null}
 * @param message  what is wrong, for a person
 */
public record Problem(String code, Severity severity, String file, Integer line, String element, Integer rule,
                      String message) {

    public static Problem inLine(String code, Severity severity, String file, Integer line, String message) {
        return new Problem(code, severity, file, line, null, null, message);
    }

    public static Problem inElement(String code, Severity severity, String file, String element, Integer rule,
                                    String message) {
        return new Problem(code, severity, file, null, element, rule, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
