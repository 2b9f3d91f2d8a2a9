package org.credo.core.internal.drl;

import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.Severity;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;

/**
 * Compiles a bundle's DRL files, all together, into one rule base. Compiling touches no shared repository, so
 * rule sets uploaded over time leave nothing behind when they are dropped.
 */
public final class DrlCompiler {
    /** Drools adds this, without a line, after every located syntax error: it says nothing more. */
    private static final String PARSER_ECHO = "Parser returned a null Package";

    private DrlCompiler() {
    }

    /**
     * The rule base, or {@code null} when any file has an error; every error and warning is added to {@code problems}
     * as {@link ProblemCodes#DRL_COMPILE}, located at file and line.
     */
    public static KieBase compile(SortedMap<String, String> drlByPath, ClassLoader classLoader,
                                  List<Problem> problems) {
        KnowledgeBuilder builder = build(drlByPath, classLoader, problems);
        return builder.hasErrors() ? null : builder.newKieBase();
    }

    /**
     * The rule packages, for {@link PrecompiledDrl}, or {@code null} when any file has an error or a warning; every
     * problem is added to {@code problems} as by {@link #compile}.
     */
    public static Collection<KiePackage> packages(SortedMap<String, String> drlByPath, ClassLoader classLoader,
                                                  List<Problem> problems) {
        int before = problems.size();
        KnowledgeBuilder builder = build(drlByPath, classLoader, problems);
        return builder.hasErrors() || problems.size() > before ? null : builder.getKnowledgePackages();
    }

    /** A rule base of packages built before (see {@link PrecompiledDrl}). */
    public static KieBase kieBase(Collection<KiePackage> packages, ClassLoader classLoader) {
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                KieServices.get().newKieBaseConfiguration(null, classLoader));
        kieBase.addPackages(packages);
        return kieBase;
    }

    private static KnowledgeBuilder build(SortedMap<String, String> drlByPath, ClassLoader classLoader,
                                          List<Problem> problems) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(classLoader));
        drlByPath.forEach((path, text) -> builder.add(
                ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8)).setSourcePath(path),
                ResourceType.DRL));
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR, ResultSeverity.WARNING)) {
            if (!result.getMessage().startsWith(PARSER_ECHO)) {
                problems.add(problem(result, drlByPath.size() == 1 ? drlByPath.firstKey() : null));
            }
        }
        return builder;
    }

    private static Problem problem(KnowledgeBuilderResult result, String onlyFile) {
        String file = result.getResource() != null && result.getResource().getSourcePath() != null
                ? result.getResource().getSourcePath() : onlyFile;
        int[] lines = result.getLines();
        Integer line = lines != null && lines.length > 0 && lines[0] > 0 ? lines[0] : null;
        Severity severity = result.getSeverity() == ResultSeverity.ERROR ? Severity.ERROR : Severity.WARNING;
        return Problem.inLine(ProblemCodes.DRL_COMPILE, severity, file, line, result.getMessage().strip());
    }
}
