package org.credo.core.internal.dmn;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.RuleSetCompiler;
import org.credo.core.Severity;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.DMNType;
import org.kie.dmn.api.core.ast.DecisionNode;
import org.kie.dmn.api.core.ast.InputDataNode;
import org.kie.dmn.api.marshalling.DMNMarshaller;
import org.kie.dmn.backend.marshalling.v1x.DMNMarshallerFactory;
import org.kie.dmn.core.compiler.RuntimeTypeCheckOption;
import org.kie.dmn.feel.util.Either;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Compiles a bundle's DMN files into {@link DmnModels}: validates them with Kie's validator
 * (schema, semantics, compilation, decision-table analysis; see {@link DmnValidation}), and builds one runtime
 * from them so that models can import each other. Models that fail to compile are left out. Evaluation checks
 * values against their declared types (Kie's runtime type check): a value that does not conform becomes null
 * with an error message, as the DMN specification has it. Checks nothing of what a model may do: files that come
 * from people pass {@link DmnStructure} first.
 */
public final class DmnCompiler {
    private DmnCompiler() {
    }

    /** Compiles with {@link DmnCompileOptions#strict()}, adding every problem found to {@code problems}. */
    public static DmnModels compile(SortedMap<String, byte[]> dmnFilesByPath, List<Problem> problems) {
        return compile(dmnFilesByPath, problems, DmnCompileOptions.strict());
    }

    /** Compiles with the given options, adding every problem found to {@code problems}. */
    public static DmnModels compile(SortedMap<String, byte[]> dmnFilesByPath, List<Problem> problems,
                                    DmnCompileOptions options) {
        var admitted = new LinkedHashMap<String, byte[]>();
        var idsByFile = new LinkedHashMap<String, Set<String>>();
        for (var file : dmnFilesByPath.entrySet()) {
            Element root;
            try {
                root = DmnXml.parse(file.getValue());
            } catch (SAXException e) {
                problems.add(new Problem(ProblemCodes.DMN_SCHEMA, Severity.ERROR, file.getKey(), DmnXml.line(e),
                        null, null, "not well-formed XML: " + e.getMessage()));
                continue;
            }
            admitted.put(file.getKey(), file.getValue());
            idsByFile.put(file.getKey(), DmnXml.ids(root));
        }
        if (options.validate() && !admitted.isEmpty()) {
            admitted.keySet().retainAll(DmnValidation.validate(admitted, idsByFile, problems));
        }
        return build(admitted, problems, options);
    }

    private static DmnModels build(Map<String, byte[]> files, List<Problem> problems, DmnCompileOptions options) {
        boolean validated = options.validate();
        boolean compilePlans = !"false".equals(System.getProperty(RuleSetCompiler.COMPILED_DECISIONS_PROPERTY));
        var resources = new ArrayList<Resource>();
        DMNMarshaller marshaller = DMNMarshallerFactory.newDefaultMarshaller();
        files.forEach((path, content) -> {
            if (readable(marshaller, path, content, problems)) {
                resources.add(resource(path, content));
            }
        });
        var tablesByModel = new HashMap<String, DecisionTables>();
        var trace = new TraceListener(tablesByModel);
        if (resources.isEmpty()) {
            return new KieDmnModels(null, trace, Map.of());
        }
        Either<Exception, DMNRuntime> built;
        try {
            built = DMNRuntimeBuilder.fromDefaults()
                    .setOption(new RuntimeTypeCheckOption(true))
                    .buildConfiguration()
                    .fromResources(resources);
        } catch (RuntimeException e) {
            built = Either.ofLeft(e);
        }
        if (built.isLeft()) {
            Exception failure = built.cata(e -> e, r -> null);
            problems.add(Problem.inElement(ProblemCodes.DMN_MODEL, Severity.ERROR, null, null, null,
                    "the DMN models do not compile: " + failure.getMessage()));
            return new KieDmnModels(null, trace, Map.of());
        }
        DMNRuntime runtime = built.cata(e -> null, r -> r);
        var models = new LinkedHashMap<String, KieDmnModels.CompiledModel>();
        for (DMNModel model : runtime.getModels()) {
            String file = model.getResource() == null ? null : model.getResource().getSourcePath();
            boolean failed = false;
            for (DMNMessage message : model.getMessages(DMNMessage.Severity.ERROR)) {
                failed = true;
                if (!validated) {
                    problems.add(Problem.inElement(ProblemCodes.DMN_MODEL, Severity.ERROR, file,
                            message.getSourceId(), null, message.getText()));
                }
            }
            if (failed && !options.keepModelsWithErrors()) {
                if (validated && problems.stream().noneMatch(p -> p.isError() && file != null
                        && file.equals(p.file()))) {
                    problems.add(Problem.inElement(ProblemCodes.DMN_MODEL, Severity.ERROR, file, null, null,
                            "model '" + model.getName() + "' does not compile"));
                }
                continue;
            }
            DecisionTables tables = DecisionTables.read(file, model.getDefinitions(), problems);
            tablesByModel.put(model.getName(), tables);
            models.put(model.getName(), new KieDmnModels.CompiledModel(file, model, tables, inputTypes(model),
                    model.getInputByName("asOf") != null,
                    compilePlans ? PlanCompiler.compile(model, tables) : DecisionPlan.NONE));
        }
        runtime.getModels().forEach(model -> DeadlineGuard.install(model, trace));
        runtime.addListener(trace);
        return new KieDmnModels(runtime, trace, models);
    }

    /** Whether Kie can read the file as DMN at all; when not, says so unless the validator already did. */
    private static boolean readable(DMNMarshaller marshaller, String path, byte[] content,
                                    List<Problem> problems) {
        String failure;
        try {
            Definitions definitions = marshaller.unmarshal(new String(content, StandardCharsets.UTF_8));
            failure = definitions == null ? "not a DMN model" : null;
        } catch (RuntimeException e) {
            failure = "not a DMN model: " + e.getMessage();
        }
        if (failure == null) {
            return true;
        }
        if (problems.stream().noneMatch(p -> p.isError() && path.equals(p.file()))) {
            problems.add(new Problem(ProblemCodes.DMN_SCHEMA, Severity.ERROR, path, null, null, null, failure));
        }
        return false;
    }

    private static Map<String, DMNType> inputTypes(DMNModel model) {
        var types = new HashMap<String, DMNType>();
        for (DecisionNode decision : model.getDecisions()) {
            if (decision.getResultType() != null) {
                types.put(decision.getName(), decision.getResultType());
            }
        }
        for (InputDataNode input : model.getInputs()) {
            if (input.getType() != null) {
                types.put(input.getName(), input.getType());
            }
        }
        return types;
    }

    static Resource resource(String path, byte[] content) {
        Resource resource = ResourceFactory.newReaderResource(
                new StringReader(new String(content, StandardCharsets.UTF_8)), StandardCharsets.UTF_8.name());
        resource.setSourcePath(path);
        resource.setResourceType(ResourceType.DMN);
        return resource;
    }
}
