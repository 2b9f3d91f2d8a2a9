package org.credo.core.internal.dmn;

/** A FEEL expression compiled by {@link ExprCompiler}; evaluates over a frame of slots, or throws {@link Fallback}. */
@FunctionalInterface
interface Expr {
    Object eval(Object[] frame, PlanRun run);
}
