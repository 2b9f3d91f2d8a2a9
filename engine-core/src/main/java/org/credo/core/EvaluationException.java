package org.credo.core;

import java.util.List;

/**
 * A named decision could not be evaluated: unknown decision, inputs the model rejects, or an error raised by a
 * rule. Carries a stable {@link #code()} and the evaluation messages.
 */
public class EvaluationException extends RuntimeException {
    /** No decision or model of that name in the rule set. */
    public static final String UNKNOWN_DECISION = "UNKNOWN_DECISION";
    /** Evaluation raised errors; see {@link #messages()}. */
    public static final String EVALUATION_FAILED = "EVALUATION_FAILED";
    /** The inputs do not fit the decision (wrong types, unreadable values). */
    public static final String INVALID_INPUT = "INVALID_INPUT";
    /** The evaluation ran past its {@link Deadline} and was stopped. */
    public static final String DEADLINE_EXCEEDED = "DEADLINE_EXCEEDED";

    private final String code;
    private final transient List<EvaluationMessage> messages;

    public EvaluationException(String code, String message, List<EvaluationMessage> messages) {
        super(message);
        this.code = code;
        this.messages = List.copyOf(messages);
    }

    public String code() {
        return code;
    }

    public List<EvaluationMessage> messages() {
        return messages;
    }
}
