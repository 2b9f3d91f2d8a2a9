package org.credo.core.internal.dmn;

/** Thrown while compiling a decision for {@link DecisionPlan} when it uses something the plan does not compile. */
final class Unsupported extends Exception {
    Unsupported(String what) {
        super(what, null, false, false);
    }
}
