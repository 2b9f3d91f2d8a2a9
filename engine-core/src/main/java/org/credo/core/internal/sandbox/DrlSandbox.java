package org.credo.core.internal.sandbox;

import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.Severity;
import org.credo.core.internal.drl.DrlLexer;

import java.util.ArrayList;
import java.util.List;

/**
 * Rejects DRL that reaches outside the allow-list before Drools ever sees it (compiling DRL already evaluates
 * parts of it). Works on tokens, with comments dropped and string literals kept apart, so nothing a string says is
 * mistaken for code and no code hides in a comment. Conservative: a name it cannot prove safe is rejected.
 */
public final class DrlSandbox {
    private final AllowList allowList;

    public DrlSandbox(AllowList allowList) {
        this.allowList = allowList;
    }

    /** Every forbidden construct of one DRL file, each located at its line, and how many rules it declares. */
    public Result check(String file, String text) {
        var problems = new ArrayList<Problem>();
        rawTextChecks(file, text, problems);
        var scan = new SandboxScan(file, DrlLexer.tokenize(text), allowList, problems);
        scan.run();
        return new Result(problems, scan.ruleCount());
    }

    /** A file's forbidden constructs and its number of rules. */
    public record Result(List<Problem> problems, int rules) {
    }

    private static void rawTextChecks(String file, String text, List<Problem> problems) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
                problems.add(forbidden(file, line, "unicode escapes (\\u…) are forbidden: Java decodes them before "
                        + "reading the code, so they can hide any name"));
            } else if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\f') {
                problems.add(forbidden(file, line, "control characters are forbidden: Java ignores some of them "
                        + "inside names, so they can hide any name"));
            }
        }
    }

    static Problem forbidden(String file, int line, String message) {
        return Problem.inLine(ProblemCodes.FORBIDDEN_CONSTRUCT, Severity.ERROR, file, line, message);
    }
}
