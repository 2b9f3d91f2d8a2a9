package org.credo.core;

/** The stable codes carried by {@link Problem#code()}. */
public final class ProblemCodes {
    /** The zip could not be read, is too large, or holds an unsafe path. */
    public static final String BUNDLE_FORMAT = "BUNDLE_FORMAT";
    /** A file whose kind the bundle format does not know. */
    public static final String UNKNOWN_FILE_KIND = "UNKNOWN_FILE_KIND";
    /** The manifest is missing, malformed, or names a file that is absent. */
    public static final String MANIFEST = "MANIFEST";
    /** The bundle holds more than {@link BundleLimits} allow: rules, tables, XML depth or elements, FEEL length. */
    public static final String BUNDLE_LIMIT = "BUNDLE_LIMIT";
    /** A FEEL text of a DMN file does not parse. */
    public static final String FEEL_SYNTAX = "FEEL_SYNTAX";
    /** A DRL file does not compile. */
    public static final String DRL_COMPILE = "DRL_COMPILE";
    /** A DMN file is not valid against the DMN schema. */
    public static final String DMN_SCHEMA = "DMN_SCHEMA";
    /** A DMN model is semantically invalid or does not compile. */
    public static final String DMN_MODEL = "DMN_MODEL";
    /** A decision table leaves some inputs with no matching rule. */
    public static final String DMN_TABLE_GAP = "DMN_TABLE_GAP";
    /** Two rules of a decision table overlap. */
    public static final String DMN_TABLE_OVERLAP = "DMN_TABLE_OVERLAP";
    /** A rule of a decision table can never be the one chosen. */
    public static final String DMN_TABLE_MASKED_RULE = "DMN_TABLE_MASKED_RULE";
    /** Any other finding of the decision-table analysis. */
    public static final String DMN_TABLE_ANALYSIS = "DMN_TABLE_ANALYSIS";
    /** Code that reaches outside the allow-list: system, reflection, files, network, threads, Java functions. */
    public static final String FORBIDDEN_CONSTRUCT = "FORBIDDEN_CONSTRUCT";
    /** A rule lacks its id, legal basis, confidence or validity period, or one of them is malformed. */
    public static final String RULE_METADATA = "RULE_METADATA";
    /** A test-scenario file is malformed or names an unknown decision. */
    public static final String SCENARIO_FORMAT = "SCENARIO_FORMAT";
    /** A manifest invariant (a DMN decision that must evaluate to true) does not hold. */
    public static final String INVARIANT_VIOLATED = "INVARIANT_VIOLATED";
    /** A decision named by the manifest does not exist in the bundle. */
    public static final String UNKNOWN_DECISION = "UNKNOWN_DECISION";

    private ProblemCodes() {
    }
}
