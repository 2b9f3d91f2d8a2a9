package org.credo.core;

import java.util.List;
import java.util.Optional;

/**
 * The answer of {@link RuleSetCompiler#compile}: every problem found, and the rule set when none is an error.
 *
 * @param versionId       the bundle's content hash, known even when it does not compile
 * @param problems        every problem, located, errors first
 * @param ruleSet         present exactly when no problem is an {@link Severity#ERROR}
 * @param drlFromArtifact whether the DRL rules were taken from the precompiled artifact handed to the compiler
 *                        ({@link RuleSetCompiler#compileValidated(Bundle, byte[])}) rather than built from source
 */
public record Compilation(String versionId, List<Problem> problems, Optional<RuleSet> ruleSet,
                          boolean drlFromArtifact) {

    public Compilation {
        problems = List.copyOf(problems);
    }

    /** A compilation that built its DRL rules, if any, from their source. */
    public Compilation(String versionId, List<Problem> problems, Optional<RuleSet> ruleSet) {
        this(versionId, problems, ruleSet, false);
    }

    public boolean succeeded() {
        return ruleSet.isPresent();
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
