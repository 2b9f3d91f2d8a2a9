package org.credo.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.credo.core.EvaluationException;
import org.credo.core.FeelJsonCodec;
import org.credo.core.RuleSetCompiler;
import org.credo.core.internal.dmn.DmnCompileOptions;
import org.credo.core.internal.dmn.DmnCompiler;
import org.credo.core.internal.dmn.DmnEvaluation;
import org.credo.core.internal.dmn.DmnModels;
import org.junit.jupiter.api.Test;

/**
 * engine-core compiles the decisions it can into plain Java plans and leaves the rest to Kie. Over every TCK model
 * and test case, a named decision evaluated by the plan must give exactly what Kie gives: the decision's result, the
 * trace (decisions in order, each with its results and selected table rules) and the messages. Skipped where the
 * TCK is absent ({@link TckSuite}).
 */
class CompiledDecisionsMatchKieTest {

    @Test
    void everyCompiledTckDecisionGivesKiesResultAndTrace() throws IOException {
        Path suite = TckSuite.directory();
        var mismatches = new ArrayList<String>();
        int compared = 0;
        for (String level : ConformanceReport.LEVELS) {
            for (Path folder : folders(suite.resolve(level))) {
                compared += compare(folder, mismatches);
            }
        }
        System.out.println("compiled TCK decisions compared with Kie: " + compared);
        assertThat(mismatches).as("compiled evaluations that differ from Kie's").isEmpty();
        assertThat(compared).as("TCK evaluations of compiled decisions").isGreaterThan(150);
    }

    private static int compare(Path folder, List<String> mismatches) throws IOException {
        var files = new TreeMap<String, byte[]>();
        List<Path> tests;
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> paths = listing.sorted().toList();
            for (Path path : paths) {
                if (path.getFileName().toString().endsWith(".dmn")) {
                    files.put(path.getFileName().toString(), Files.readAllBytes(path));
                }
            }
            tests = paths.stream().filter(p -> p.getFileName().toString().matches(".*-test-\\d+\\.xml")).toList();
        }
        DmnModels kie = compile(files, false);
        DmnModels compiled = compile(files, true);
        int compared = 0;
        for (Path test : tests) {
            TckFile file = TckFile.read(test);
            String model = compiled.modelNames().stream().filter(m -> file.modelFile().equals(compiled.fileOf(m)))
                    .findFirst().orElse(null);
            if (model == null) {
                continue;
            }
            Set<String> decisions = compiled.compiledDecisions(model);
            for (TckFile.TestCase testCase : file.cases()) {
                if (testCase.invokesDecisionService()) {
                    continue;
                }
                for (TckFile.ResultNode result : testCase.results()) {
                    if (!decisions.contains(result.name())) {
                        continue;
                    }
                    compared++;
                    String expected = outcome(kie, model, result.name(), testCase);
                    String actual = outcome(compiled, model, result.name(), testCase);
                    if (!expected.equals(actual)) {
                        mismatches.add(folder.getFileName() + " " + testCase.id() + " " + result.name()
                                + "\n  Kie:      " + expected + "\n  compiled: " + actual);
                    }
                }
            }
        }
        return compared;
    }

    private static String outcome(DmnModels models, String model, String decision, TckFile.TestCase testCase) {
        try {
            Map<String, Object> inputs = models.decodeInputs(model, testCase.inputs());
            DmnEvaluation evaluation = models.evaluate(model, decision, inputs, null);
            return FeelJsonCodec.toJson(evaluation.results().get(decision)) + " " + evaluation.steps() + " "
                    + evaluation.messages();
        } catch (EvaluationException e) {
            return e.code() + ": " + e.getMessage();
        }
    }

    private static DmnModels compile(TreeMap<String, byte[]> files, boolean compiled) {
        String previous = System.getProperty(RuleSetCompiler.COMPILED_DECISIONS_PROPERTY);
        System.setProperty(RuleSetCompiler.COMPILED_DECISIONS_PROPERTY, String.valueOf(compiled));
        try {
            return DmnCompiler.compile(files, new ArrayList<>(), DmnCompileOptions.trustedConformance());
        } finally {
            if (previous == null) {
                System.clearProperty(RuleSetCompiler.COMPILED_DECISIONS_PROPERTY);
            } else {
                System.setProperty(RuleSetCompiler.COMPILED_DECISIONS_PROPERTY, previous);
            }
        }
    }

    private static List<Path> folders(Path level) throws IOException {
        if (!Files.isDirectory(level)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(level)) {
            return listing.filter(Files::isDirectory).sorted().toList();
        }
    }
}
