package org.credo.core;

/**
 * How much an uploaded bundle may hold before it is compiled. Each limit exceeded is a located
 * {@link ProblemCodes#BUNDLE_LIMIT} problem, found before Drools or Kie read anything; the defaults hold the shipped
 * rule sets with ample room. The zip itself is bounded by {@link Bundle} (size, files, ratio).
 *
 * @param maxDrlRules       rules in all DRL files together (default 2,000)
 * @param maxXmlDepth       element nesting of one DMN file (default 64)
 * @param maxXmlElements    elements of one DMN file (default 250,000)
 * @param maxTablesPerModel decision tables of one DMN file (default 200)
 * @param maxRulesPerTable  rules of one decision table (default 5,000)
 * @param maxFeelLength     characters of one FEEL text (default 20,000)
 * @param maxIterations     values a FEEL {@code for}/{@code some}/{@code every} may take from a numeric range
 *                          (default 10,000; only literal bounds are accepted)
 */
public record BundleLimits(int maxDrlRules, int maxXmlDepth, int maxXmlElements, int maxTablesPerModel,
                           int maxRulesPerTable, int maxFeelLength, int maxIterations) {

    /** The limits uploads get unless the host says otherwise. */
    public static BundleLimits defaults() {
        return new BundleLimits(2_000, 64, 250_000, 200, 5_000, 20_000, 10_000);
    }
}
