package org.credo.core.internal.dmn;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNMessageType;
import org.kie.dmn.model.api.DMNElement;
import org.kie.dmn.model.api.DMNModelInstrumentedBase;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidator.Validation;
import org.kie.dmn.validation.DMNValidatorFactory;
import org.kie.dmn.validation.dtanalysis.DMNDTAnalysisMessage;
import org.xml.sax.SAXParseException;

/**
 * Runs Kie's {@link DMNValidator} over a bundle's DMN files together (so imports resolve) and reports each message
 * as a located {@link Problem}: schema messages as {@link ProblemCodes#DMN_SCHEMA}; semantic and compilation
 * messages as {@link ProblemCodes#DMN_MODEL}; decision-table analysis as {@link ProblemCodes#DMN_TABLE_GAP},
 * {@link ProblemCodes#DMN_TABLE_OVERLAP}, {@link ProblemCodes#DMN_TABLE_MASKED_RULE} or
 * {@link ProblemCodes#DMN_TABLE_ANALYSIS}, with the first rule the analysis names. Severities as
 * {@link DmnSeverities}. The analysis' closing note that a table has no findings is not reported.
 */
final class DmnValidation {
    private static final Validation[] SEMANTICS = {Validation.VALIDATE_MODEL, Validation.VALIDATE_COMPILATION,
            Validation.ANALYZE_DECISION_TABLE};

    private DmnValidation() {
    }

    /**
     * Validates each file against the schema on its own (Kie stops at the first file that fails), then the files
     * that passed together. Returns the paths that passed the schema.
     */
    static Set<String> validate(Map<String, byte[]> files, Map<String, Set<String>> idsByFile,
                                List<Problem> problems) {
        var resources = new ArrayList<Resource>();
        var valid = new LinkedHashSet<String>();
        DMNValidator validator = Holder.VALIDATOR;
        synchronized (validator) {
            files.forEach((path, content) -> {
                List<DMNMessage> messages = validator.validateUsing(Validation.VALIDATE_SCHEMA)
                        .theseModels(DmnCompiler.resource(path, content));
                report(messages, files.keySet(), idsByFile, problems);
                if (messages.stream().noneMatch(m -> m.getSeverity() == DMNMessage.Severity.ERROR)) {
                    valid.add(path);
                    resources.add(DmnCompiler.resource(path, content));
                }
            });
            if (!resources.isEmpty()) {
                report(validator.validateUsing(SEMANTICS).theseModels(resources.toArray(Resource[]::new)),
                        files.keySet(), idsByFile, problems);
            }
        }
        return valid;
    }

    private static void report(List<DMNMessage> messages, Set<String> files, Map<String, Set<String>> idsByFile,
                               List<Problem> problems) {
        for (DMNMessage message : messages) {
            if (isAllClear(message)) {
                continue;
            }
            problems.add(problem(message, file(message, files, idsByFile)));
        }
    }

    /** The analysis' "finished with no messages to be reported", which says nothing about the bundle. */
    private static boolean isAllClear(DMNMessage message) {
        return message.getSeverity() == DMNMessage.Severity.INFO
                && (message.getMessageType() == DMNMessageType.DECISION_TABLE_ANALYSIS
                || message.getMessageType() == DMNMessageType.DECISION_TABLE_ANALYSIS_EMPTY);
    }

    private static Problem problem(DMNMessage message, String file) {
        Integer rule = null;
        if (message instanceof DMNDTAnalysisMessage analysis) {
            Collection<Integer> rules = analysis.getRules();
            rule = rules == null || rules.isEmpty() ? null : rules.stream().min(Integer::compare).orElseThrow();
        }
        Integer line = message.getLine() > 0 ? message.getLine()
                : message.getException() instanceof SAXParseException parse && parse.getLineNumber() > 0
                ? parse.getLineNumber() : null;
        return new Problem(code(message.getMessageType()), DmnSeverities.of(message.getSeverity()), file, line,
                element(message), rule, message.getText());
    }

    /** The message's element id, or else that of the nearest element around what it refers to. */
    private static String element(DMNMessage message) {
        if (message.getSourceId() != null) {
            return message.getSourceId();
        }
        Object reference = message.getSourceReference();
        for (var node = reference instanceof DMNModelInstrumentedBase base ? base : null; node != null;
             node = node.getParent()) {
            if (node instanceof DMNElement element && element.getId() != null) {
                return element.getId();
            }
        }
        return null;
    }

    private static String code(DMNMessageType type) {
        return switch (type) {
            case FAILED_XML_VALIDATION -> ProblemCodes.DMN_SCHEMA;
            case DECISION_TABLE_GAP -> ProblemCodes.DMN_TABLE_GAP;
            case DECISION_TABLE_OVERLAP, DECISION_TABLE_OVERLAP_HITPOLICY_UNIQUE,
                    DECISION_TABLE_OVERLAP_HITPOLICY_ANY -> ProblemCodes.DMN_TABLE_OVERLAP;
            case DECISION_TABLE_MASKED_RULE -> ProblemCodes.DMN_TABLE_MASKED_RULE;
            default -> type.name().startsWith("DECISION_TABLE_") ? ProblemCodes.DMN_TABLE_ANALYSIS
                    : ProblemCodes.DMN_MODEL;
        };
    }

    private static String file(DMNMessage message, Set<String> files, Map<String, Set<String>> idsByFile) {
        if (message.getPath() != null && files.contains(message.getPath())) {
            return message.getPath();
        }
        if (message.getSourceId() != null) {
            for (var entry : idsByFile.entrySet()) {
                if (entry.getValue().contains(message.getSourceId())) {
                    return entry.getKey();
                }
            }
        }
        return files.size() == 1 ? files.iterator().next() : null;
    }

    /** The validator is costly to build (it compiles Kie's validation rules), so it is built once, on first use. */
    private static final class Holder {
        static final DMNValidator VALIDATOR = DMNValidatorFactory.newValidator();
    }
}
