package org.credo.core.internal.dmn;

/**
 * A business knowledge model whose body is a decision table, compiled for {@link DecisionPlan}: its parameters are
 * checked and coerced against their declared types, and its result against the model's, as Kie's runtime type check
 * does.
 */
final class CompiledBkm {
    private final TypeCheck[] parameters;
    private final TypeCheck result;
    private CompiledTable table;

    CompiledBkm(TypeCheck[] parameters, TypeCheck result) {
        this.parameters = parameters;
        this.result = result;
    }

    /** Sets the body once it is compiled (it is compiled in the scope of the parameters). */
    void body(CompiledTable table) {
        this.table = table;
    }

    int arity() {
        return parameters.length;
    }

    Object invoke(Object[] arguments, PlanRun run) {
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] == null) {
                throw Fallback.fallback();
            }
            arguments[i] = parameters[i].require(arguments[i]);
        }
        return result.require(table.evaluate(arguments, run));
    }
}
