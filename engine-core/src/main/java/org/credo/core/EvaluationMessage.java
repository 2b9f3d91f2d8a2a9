package org.credo.core;

/**
 * A message raised while evaluating, e.g. a FEEL error that turned a result into null.
 *
 * @param severity  how serious it is
 * @param sourceId  the DMN element (or DRL rule) that raised it, or {@code null}
 * @param message   what happened
 */
public record EvaluationMessage(Severity severity, String sourceId, String message) {
}
