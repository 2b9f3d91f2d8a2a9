package org.credo.core.internal.dmn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Splits the FEEL text of one expression or unary test into tokens. FEEL names may hold spaces ("regular rate"), so a
 * name is read as the longest name in scope that starts at that position; any other word is a keyword or a function
 * name. Strings with escapes and anything unusual make the text {@link Unsupported}.
 */
final class FeelTokens {
    enum Kind { NAME, WORD, NUMBER, STRING, SYMBOL, END }

    record Token(Kind kind, String text) {
        boolean is(String symbolOrWord) {
            return (kind == Kind.SYMBOL || kind == Kind.WORD) && text.equals(symbolOrWord);
        }
    }

    private static final List<String> SYMBOLS = List.of("..", "<=", ">=", "!=", "<", ">", "=", "(", ")", "[", "]",
            ",", ".", "*", "/", "+", "-");

    private FeelTokens() {
    }

    static List<Token> tokenize(String text, Set<String> scope) throws Unsupported {
        List<String> names = scope.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        var tokens = new ArrayList<Token>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0 || text.substring(i + 1, end).indexOf('\\') >= 0) {
                    throw new Unsupported("string " + text);
                }
                tokens.add(new Token(Kind.STRING, text.substring(i + 1, end)));
                i = end + 1;
                continue;
            }
            if (Character.isDigit(c)) {
                int end = i;
                while (end < n && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                if (end + 1 < n && text.charAt(end) == '.' && Character.isDigit(text.charAt(end + 1))) {
                    end++;
                    while (end < n && Character.isDigit(text.charAt(end))) {
                        end++;
                    }
                }
                if (end < n && Character.isLetter(text.charAt(end))) {
                    throw new Unsupported("number " + text);
                }
                tokens.add(new Token(Kind.NUMBER, text.substring(i, end)));
                i = end;
                continue;
            }
            String name = nameAt(text, i, names);
            if (name != null) {
                tokens.add(new Token(Kind.NAME, name));
                i += name.length();
                continue;
            }
            if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, text.substring(i, end)));
                i = end;
                continue;
            }
            String symbol = symbolAt(text, i);
            if (symbol == null) {
                throw new Unsupported("character '" + c + "' in " + text);
            }
            tokens.add(new Token(Kind.SYMBOL, symbol));
            i += symbol.length();
        }
        tokens.add(new Token(Kind.END, ""));
        return tokens;
    }

    private static String nameAt(String text, int at, List<String> names) {
        for (String name : names) {
            int end = at + name.length();
            if (!name.isEmpty() && text.startsWith(name, at)
                    && (end == text.length() || !isNamePart(text.charAt(end)) || !isNamePart(name.charAt(name.length() - 1)))) {
                return name;
            }
        }
        return null;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static String symbolAt(String text, int at) {
        for (String symbol : SYMBOLS) {
            if (text.startsWith(symbol, at)) {
                return symbol;
            }
        }
        return null;
    }
}
