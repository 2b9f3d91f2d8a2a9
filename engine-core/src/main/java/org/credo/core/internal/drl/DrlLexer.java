package org.credo.core.internal.drl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Splits DRL (and the Java or MVEL code inside it) into identifiers, string literals, numbers and symbols, dropping
 * comments. Lines are kept, so every token knows where it stands. Both {@code "…"} and {@code '…'} literals are
 * strings, as the DRL lexer has them; an unterminated literal or comment runs to the end of the text. Characters
 * Java ignores inside identifiers (controls, format characters such as a zero-width space) are dropped from them,
 * as the Java compiler drops them, so {@code Sys\u200Btem} reads as {@code System}.
 */
public final class DrlLexer {
    /** Opens a Java text block, which DRL does not know: it is returned as one symbol, not read as strings. */
    public static final String TEXT_BLOCK = "\"\"\"";

    private final String text;
    private final List<DrlToken> tokens = new ArrayList<>();
    private int at;
    private int line = 1;

    private DrlLexer(String text) {
        this.text = text;
    }

    public static List<DrlToken> tokenize(String text) {
        var lexer = new DrlLexer(text);
        lexer.run();
        return List.copyOf(lexer.tokens);
    }

    private void run() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\n') {
                line++;
                at++;
            } else if (Character.isWhitespace(c)) {
                at++;
            } else if (text.startsWith("//", at)) {
                skipLineComment();
            } else if (text.startsWith("/*", at)) {
                skipBlockComment();
            } else if (text.startsWith(TEXT_BLOCK, at)) {
                tokens.add(new DrlToken(DrlToken.Kind.SYMBOL, TEXT_BLOCK, line));
                at += TEXT_BLOCK.length();
            } else if (c == '"' || c == '\'') {
                readString(c);
            } else if (Character.isJavaIdentifierStart(c)) {
                readWhile(DrlToken.Kind.IDENTIFIER, Character::isJavaIdentifierPart);
            } else if (Character.isDigit(c)) {
                readWhile(DrlToken.Kind.NUMBER, ch -> Character.isLetterOrDigit(ch) || ch == '_');
            } else {
                tokens.add(new DrlToken(DrlToken.Kind.SYMBOL, String.valueOf(c), line));
                at++;
            }
        }
    }

    private void skipLineComment() {
        while (at < text.length() && text.charAt(at) != '\n') {
            at++;
        }
    }

    private void skipBlockComment() {
        int end = text.indexOf("*/", at + 2);
        int stop = end < 0 ? text.length() : end + 2;
        countLines(at, stop);
        at = stop;
    }

    private void readString(char quote) {
        int startLine = line;
        var content = new StringBuilder();
        int i = at + 1;
        while (i < text.length() && text.charAt(i) != quote) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                content.append(text.charAt(i + 1));
                i += 2;
            } else {
                content.append(c);
                i++;
            }
        }
        int stop = Math.min(i + 1, text.length());
        countLines(at, stop);
        at = stop;
        tokens.add(new DrlToken(DrlToken.Kind.STRING, content.toString(), startLine));
    }

    private void readWhile(DrlToken.Kind kind, IntPredicate part) {
        int start = at;
        at++;
        while (at < text.length() && part.test(text.charAt(at))) {
            at++;
        }
        var word = new StringBuilder();
        text.substring(start, at).codePoints().filter(cp -> !Character.isIdentifierIgnorable(cp))
                .forEach(word::appendCodePoint);
        tokens.add(new DrlToken(kind, word.toString(), line));
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
    }
}
