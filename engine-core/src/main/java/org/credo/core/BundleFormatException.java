package org.credo.core;

/** A bundle that cannot even be read: not a zip, too large, unsafe paths. Code {@link ProblemCodes#BUNDLE_FORMAT}. */
public class BundleFormatException extends RuntimeException {
    public BundleFormatException(String message) {
        super(message);
    }

    /** The problem to report for it. */
    public Problem toProblem() {
        return new Problem(ProblemCodes.BUNDLE_FORMAT, Severity.ERROR, null, null, null, null, getMessage());
    }
}
