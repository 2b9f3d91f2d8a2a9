package org.credo.core.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.credo.core.EvaluationException;
import org.credo.core.FeelJsonCodec;
import org.credo.core.Problem;
import org.credo.core.internal.dmn.DmnCompileOptions;
import org.credo.core.internal.dmn.DmnCompiler;
import org.credo.core.internal.dmn.DmnEvaluation;
import org.credo.core.internal.dmn.DmnModels;

/**
 * Runs one TCK folder through engine-core's DMN path: compiles the folder's models once with
 * {@link DmnCompiler} ({@link DmnCompileOptions#trustedConformance()}: the TCK's models keep table gaps and
 * overlaps on purpose and call Java in {@code 0076-feel-external-java}), then for each test case decodes the JSON
 * inputs with the model's types ({@link DmnModels#decodeInputs}), evaluates, encodes each result with
 * {@link FeelJsonCodec} and compares it with the expected value read into JSON the same way.
 */
final class TckRunner {
    private TckRunner() {
    }

    /** Every test case of the folder, with its outcome. */
    static List<CaseResult> run(String folder, Path directory) {
        var files = new TreeMap<String, byte[]>();
        List<Path> tests;
        try (Stream<Path> listing = Files.list(directory)) {
            var paths = listing.sorted().toList();
            for (Path path : paths) {
                if (path.getFileName().toString().endsWith(".dmn")) {
                    files.put(path.getFileName().toString(), Files.readAllBytes(path));
                }
            }
            tests = paths.stream().filter(p -> p.getFileName().toString().matches(".*-test-\\d+\\.xml")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var problems = new ArrayList<Problem>();
        DmnModels models = DmnCompiler.compile(files, problems, DmnCompileOptions.trustedConformance());
        var results = new ArrayList<CaseResult>();
        for (Path test : tests) {
            TckFile file = TckFile.read(test);
            String testName = test.getFileName().toString().replaceFirst("\\.xml$", "");
            String model = models.modelNames().stream().filter(m -> file.modelFile().equals(models.fileOf(m)))
                    .findFirst().orElse(null);
            for (TckFile.TestCase testCase : file.cases()) {
                String failure = testCase.unreadable() != null ? testCase.unreadable()
                        : model == null ? "model " + file.modelFile() + " did not compile: " + problems
                        : evaluate(models, model, testCase);
                results.add(new CaseResult(folder, testName, testCase.id(), failure));
            }
        }
        return results;
    }

    private static String evaluate(DmnModels models, String model, TckFile.TestCase testCase) {
        DmnEvaluation evaluation;
        try {
            Map<String, Object> inputs = models.decodeInputs(model, testCase.inputs());
            evaluation = testCase.invokesDecisionService()
                    ? models.evaluateService(model, testCase.invocableName(), inputs)
                    : models.evaluate(model, null, inputs, null);
        } catch (EvaluationException e) {
            return e.code() + ": " + e.getMessage();
        }
        var mismatches = new ArrayList<String>();
        for (TckFile.ResultNode result : testCase.results()) {
            String mismatch = mismatch(result, evaluation);
            if (mismatch != null) {
                mismatches.add("'" + result.name() + "' " + mismatch);
            }
        }
        return mismatches.isEmpty() ? null : String.join("; ", mismatches);
    }

    /**
     * Null when the result is as expected. A result the evaluation does not have at all is a failure, also where
     * null is expected or an error ({@code errorResult}: a null result, as the DMN specification makes errors).
     */
    private static String mismatch(TckFile.ResultNode result, DmnEvaluation evaluation) {
        if (!evaluation.results().containsKey(result.name())) {
            return "has no result";
        }
        JsonNode actual = FeelJsonCodec.toJson(evaluation.results().get(result.name()));
        if (result.errorResult()) {
            return actual.isNull() ? null : "expected an error (null) but found " + actual;
        }
        return TckComparison.mismatch(result.expected(), actual);
    }

    /**
     * One test case's outcome, keyed as in the TCK's published results.
     *
     * @param failure null when every result matched, else why not
     */
    record CaseResult(String folder, String testFile, String caseId, String failure) {
        boolean passed() {
            return failure == null;
        }

        String key() {
            return folder + "|" + testFile + "|" + caseId;
        }
    }
}
