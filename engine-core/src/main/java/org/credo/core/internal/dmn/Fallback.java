package org.credo.core.internal.dmn;

/**
 * Thrown inside a compiled evaluation when it meets anything it was not compiled to decide exactly as Kie would (a
 * null, a value of an unexpected type, no rule or two rules matching a UNIQUE table…). The evaluation is then left to
 * Kie, which gives the answer and messages the DMN specification asks for. Carries no stack trace: it is control flow.
 */
final class Fallback extends RuntimeException {
    static final Fallback INSTANCE = new Fallback();

    private Fallback() {
        super("left to Kie", null, false, false);
    }

    static Fallback fallback() {
        return INSTANCE;
    }
}
