package org.credo.core.internal.drl;

/**
 * One token of DRL text.
 *
 * @param kind what it is
 * @param text the identifier, number or symbol, or a string literal's content (without quotes; a backslash
 *             escape reduced to the escaped character)
 * @param line 1-based line where it starts
 */
public record DrlToken(Kind kind, String text, int line) {

    /** The kinds of token the sandbox and the rule locator need to tell apart. */
    public enum Kind {
        IDENTIFIER, STRING, NUMBER, SYMBOL
    }

    public boolean isIdentifier(String word) {
        return kind == Kind.IDENTIFIER && text.equals(word);
    }

    public boolean isSymbol(char symbol) {
        return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == symbol;
    }
}
