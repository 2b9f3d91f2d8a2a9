package org.credo.core.internal.dmn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.namespace.QName;

import org.credo.core.MatchedRule;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNType;
import org.kie.dmn.api.core.ast.BusinessKnowledgeModelNode;
import org.kie.dmn.api.core.ast.DMNNode;
import org.kie.dmn.api.core.ast.DecisionNode;
import org.kie.dmn.api.core.ast.InputDataNode;
import org.kie.dmn.core.ast.BusinessKnowledgeModelNodeImpl;
import org.kie.dmn.core.ast.DMNContextEvaluator;
import org.kie.dmn.core.ast.DMNFunctionDefinitionEvaluator;
import org.kie.dmn.core.ast.DecisionNodeImpl;
import org.kie.dmn.core.compiler.DMNEvaluatorCompiler;
import org.kie.dmn.core.impl.BaseDMNTypeImpl;
import org.kie.dmn.core.impl.DMNModelImpl;
import org.kie.dmn.core.util.NamespaceUtil;
import org.kie.dmn.feel.lang.FEELDialect;
import org.kie.dmn.model.api.BusinessKnowledgeModel;
import org.kie.dmn.model.api.Context;
import org.kie.dmn.model.api.DRGElement;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.Expression;
import org.kie.dmn.model.api.FunctionDefinition;
import org.kie.dmn.model.api.FunctionKind;
import org.kie.dmn.model.api.HitPolicy;
import org.kie.dmn.model.api.InputClause;
import org.kie.dmn.model.api.LiteralExpression;
import org.kie.dmn.model.api.OutputClause;
import org.kie.dmn.model.api.UnaryTests;

/**
 * Compiles what it can of one Kie model into a {@link DecisionPlan}: decisions whose logic is a decision table (UNIQUE
 * or FIRST, simple unary tests, literal outputs), a literal expression or a context of literal expressions, calling
 * business knowledge models whose body is such a table. A decision that uses anything else, or requires a decision
 * that does, is left to Kie. Models with imports or another FEEL dialect are left to Kie whole.
 */
final class PlanCompiler {
    private static final String AS_OF = "asOf";

    private final DMNModelImpl model;
    private final DecisionTables tables;
    private final Map<String, Integer> inputSlots = new HashMap<>();
    private final Map<String, CompiledDecision> decisions = new HashMap<>();
    private final Set<String> failed = new HashSet<>();
    private final Map<String, CompiledBkm> bkms = new HashMap<>();
    private final Set<String> reserved = new HashSet<>();
    private int slots;

    private PlanCompiler(DMNModelImpl model, DecisionTables tables) {
        this.model = model;
        this.tables = tables;
    }

    static DecisionPlan compile(DMNModel kie, DecisionTables tables) {
        if (!(kie instanceof DMNModelImpl model) || model.getFeelDialect() != FEELDialect.FEEL
                || !model.getDefinitions().getImport().isEmpty()) {
            return DecisionPlan.NONE;
        }
        var compiler = new PlanCompiler(model, tables);
        return compiler.plan();
    }

    private DecisionPlan plan() {
        for (InputDataNode input : model.getInputs()) {
            inputSlots.put(input.getName(), slots++);
        }
        model.getDecisions().forEach(d -> reserved.add(d.getName()));
        model.getBusinessKnowledgeModels().forEach(b -> reserved.add(b.getName()));
        model.getDecisionServices().forEach(s -> reserved.add(s.getName()));
        for (DecisionNode decision : model.getDecisions()) {
            decision(decision);
        }
        return new DecisionPlan(inputSlots, inputSlots.getOrDefault(AS_OF, -1), slots, decisions, reserved);
    }

    private CompiledDecision decision(DecisionNode node) {
        String name = node.getName();
        if (decisions.containsKey(name) || failed.contains(name)) {
            return decisions.get(name);
        }
        failed.add(name);
        try {
            CompiledDecision compiled = compileDecision((DecisionNodeImpl) node);
            decisions.put(name, compiled);
            failed.remove(name);
            return compiled;
        } catch (Unsupported | RuntimeException e) {
            return null;
        }
    }

    private CompiledDecision compileDecision(DecisionNodeImpl node) throws Unsupported {
        var required = new ArrayList<CompiledDecision>();
        var inputs = new ArrayList<Integer>();
        var inputTypes = new ArrayList<TypeCheck>();
        var scopeSlots = new LinkedHashMap<String, Integer>();
        var functions = new HashMap<String, CompiledBkm>();
        for (DMNNode dep : node.getDependencies().values()) {
            if (!dep.getModelNamespace().equals(model.getNamespace())) {
                throw new Unsupported("imported " + dep.getName());
            }
            if (dep instanceof InputDataNode input) {
                int slot = inputSlots.get(input.getName());
                inputs.add(slot);
                inputTypes.add(TypeCheck.of(input.getType()));
                scopeSlots.put(input.getName(), slot);
            } else if (dep instanceof DecisionNode decision) {
                CompiledDecision compiled = decision(decision);
                if (compiled == null) {
                    throw new Unsupported("requires " + decision.getName());
                }
                required.add(compiled);
                scopeSlots.put(decision.getName(), compiled.slot());
            } else if (dep instanceof BusinessKnowledgeModelNode bkm) {
                functions.put(bkm.getName(), bkm((BusinessKnowledgeModelNodeImpl) bkm));
            } else {
                throw new Unsupported("requirement " + dep.getName());
            }
        }
        var compiled = new CompiledDecision(model.getName(), node.getName(), slots++, required,
                inputs.stream().mapToInt(Integer::intValue).toArray(), inputTypes.toArray(TypeCheck[]::new),
                TypeCheck.of(node.getResultType()));
        compiled.logic(logic(node, new ExprCompiler.Scope(scopeSlots, functions)));
        return compiled;
    }

    private CompiledDecision.Logic logic(DecisionNodeImpl node, ExprCompiler.Scope scope) throws Unsupported {
        Expression expression = node.getDecision().getExpression();
        if (expression instanceof DecisionTable table) {
            CompiledTable compiled = table(table, node.getDecision(), scope);
            return compiled::evaluate;
        }
        if (expression instanceof LiteralExpression literal) {
            Expr expr = ExprCompiler.compile(feelText(literal), scope);
            return expr::eval;
        }
        if (expression instanceof Context && node.getEvaluator() instanceof DMNContextEvaluator evaluator) {
            return context(evaluator, scope);
        }
        throw new Unsupported("logic of " + node.getName());
    }

    private CompiledDecision.Logic context(DMNContextEvaluator evaluator, ExprCompiler.Scope scope)
            throws Unsupported {
        var slotsInScope = new LinkedHashMap<>(scope.slots());
        var names = new ArrayList<String>();
        var entrySlots = new ArrayList<Integer>();
        var exprs = new ArrayList<Expr>();
        var types = new ArrayList<TypeCheck>();
        for (DMNContextEvaluator.ContextEntryDef entry : evaluator.getEntries()) {
            if (entry.getName() == null || entry.getName().equals(DMNContextEvaluator.RESULT_ENTRY)
                    || !(entry.getContextEntry().getExpression() instanceof LiteralExpression literal)) {
                throw new Unsupported("context entry");
            }
            exprs.add(ExprCompiler.compile(feelText(literal), new ExprCompiler.Scope(Map.copyOf(slotsInScope),
                    scope.functions())));
            int slot = slots++;
            slotsInScope.put(entry.getName(), slot);
            names.add(entry.getName());
            entrySlots.add(slot);
            types.add(TypeCheck.of(entry.getType()));
        }
        String[] entryNames = names.toArray(String[]::new);
        int[] entrySlot = entrySlots.stream().mapToInt(Integer::intValue).toArray();
        Expr[] entryExprs = exprs.toArray(Expr[]::new);
        TypeCheck[] entryTypes = types.toArray(TypeCheck[]::new);
        return (frame, run) -> {
            var context = new HashMap<String, Object>();
            for (int i = 0; i < entryExprs.length; i++) {
                Object value = entryTypes[i].require(entryExprs[i].eval(frame, run));
                frame[entrySlot[i]] = value;
                context.put(entryNames[i], value);
            }
            return context;
        };
    }

    private CompiledBkm bkm(BusinessKnowledgeModelNodeImpl node) throws Unsupported {
        if (bkms.containsKey(node.getName())) {
            CompiledBkm known = bkms.get(node.getName());
            if (known == null) {
                throw new Unsupported("bkm " + node.getName());
            }
            return known;
        }
        bkms.put(node.getName(), null);
        BusinessKnowledgeModel bkm = node.getBusinessKnowledModel();
        FunctionDefinition function = bkm.getEncapsulatedLogic();
        if (function == null || function.getKind() != null && function.getKind() != FunctionKind.FEEL
                || !(function.getExpression() instanceof DecisionTable table)
                || !node.getDependencies().isEmpty()
                || !(node.getEvaluator() instanceof DMNFunctionDefinitionEvaluator evaluator)) {
            throw new Unsupported("bkm " + node.getName());
        }
        var parameters = new LinkedHashMap<String, Integer>();
        var types = new ArrayList<TypeCheck>();
        for (var parameter : function.getFormalParameter()) {
            DMNType type = evaluator.getParameterType(parameter.getName());
            parameters.put(parameter.getName(), parameters.size());
            types.add(TypeCheck.of(type));
        }
        var compiled = new CompiledBkm(types.toArray(TypeCheck[]::new), TypeCheck.of(node.getResultType()));
        compiled.body(table(table, bkm, new ExprCompiler.Scope(parameters, Map.of())));
        bkms.put(node.getName(), compiled);
        return compiled;
    }

    private CompiledTable table(DecisionTable dt, DRGElement element, ExprCompiler.Scope scope) throws Unsupported {
        boolean first = dt.getHitPolicy() == HitPolicy.FIRST;
        if (!first && dt.getHitPolicy() != HitPolicy.UNIQUE || dt.getAggregation() != null) {
            throw new Unsupported("hit policy " + dt.getHitPolicy());
        }
        DecisionTables.Table table = tables.find(dt.getId(), element.getName());
        if (table == null || dt.getRule().isEmpty()) {
            throw new Unsupported("table of " + element.getName());
        }
        List<InputClause> inputClauses = dt.getInput();
        var inputs = new Expr[inputClauses.size()];
        var inputValues = new SimpleTests.Test[inputClauses.size()];
        for (int i = 0; i < inputs.length; i++) {
            InputClause clause = inputClauses.get(i);
            inputs[i] = ExprCompiler.compile(feelText(clause.getInputExpression()), scope);
            inputValues[i] = inputValues(clause);
        }
        List<OutputClause> outputClauses = dt.getOutput();
        var outputNames = new String[outputClauses.size()];
        var outputTypes = new BaseDMNTypeImpl[outputClauses.size()];
        var outputValues = new SimpleTests.Test[outputClauses.size()];
        for (int i = 0; i < outputNames.length; i++) {
            OutputClause clause = outputClauses.get(i);
            outputNames[i] = clause.getName();
            if (outputNames.length > 1 && outputNames[i] == null) {
                throw new Unsupported("unnamed output");
            }
            outputTypes[i] = DMNEvaluatorCompiler.inferTypeRef(model, dt, clause);
            outputValues[i] = clause.getOutputValues() != null
                    ? SimpleTests.compile(clause.getOutputValues().getText())
                    : outputTypes[i] == model.getTypeRegistry().unknown() ? null
                    : TypeCheck.allowedValues(outputTypes[i]);
        }
        var tests = new SimpleTests.Test[dt.getRule().size()][];
        var outputs = new Object[dt.getRule().size()][];
        var matched = new ArrayList<MatchedRule>();
        for (int r = 0; r < tests.length; r++) {
            DecisionRule rule = dt.getRule().get(r);
            if (rule.getInputEntry().size() != inputs.length || rule.getOutputEntry().size() != outputNames.length) {
                throw new Unsupported("rule shape");
            }
            tests[r] = new SimpleTests.Test[inputs.length];
            for (int i = 0; i < inputs.length; i++) {
                UnaryTests entry = rule.getInputEntry().get(i);
                if (entry == null || entry.getText() == null || entry.getText().isEmpty()
                        || entry.getExpressionLanguage() != null && !entry.getExpressionLanguage().contains("FEEL")) {
                    throw new Unsupported("input entry");
                }
                tests[r][i] = SimpleTests.compile(entry.getText());
            }
            outputs[r] = new Object[outputNames.length];
            for (int o = 0; o < outputNames.length; o++) {
                Object value = ExprCompiler.constant(feelText(rule.getOutputEntry().get(o)));
                if (!outputTypes[o].getFeelType().isAssignableValue(value)
                        || outputValues[o] != null && !outputValues[o].test(value)) {
                    throw new Unsupported("output of rule " + (r + 1));
                }
                outputs[r][o] = value;
            }
            matched.add(new MatchedRule(table.name(), r + 1, table.basis(r + 1)));
        }
        return new CompiledTable(inputs, inputValues, tests, outputs, outputNames, matched, first);
    }

    private SimpleTests.Test inputValues(InputClause clause) throws Unsupported {
        if (clause.getInputValues() != null) {
            return SimpleTests.compile(clause.getInputValues().getText());
        }
        QName typeRef = clause.getInputExpression().getTypeRef();
        if (typeRef == null) {
            return null;
        }
        QName resolved = NamespaceUtil.getNamespaceAndName(clause.getInputExpression(), model.getImportAliasesForNS(),
                typeRef, model.getNamespace());
        DMNType type = model.getTypeRegistry().resolveType(resolved.getNamespaceURI(), resolved.getLocalPart());
        return type == null ? null : TypeCheck.allowedValues(type);
    }

    private static String feelText(LiteralExpression literal) throws Unsupported {
        String language = literal == null ? null : literal.getExpressionLanguage();
        if (literal == null || language != null && !language.isBlank() && !language.contains("FEEL")) {
            throw new Unsupported("expression language");
        }
        return literal.getText();
    }
}
