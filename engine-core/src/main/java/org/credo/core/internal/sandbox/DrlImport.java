package org.credo.core.internal.sandbox;

import org.credo.core.internal.drl.DrlToken;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code import} statement: {@code import [static|function|accumulate] a.b.C[.member|.*] [name]}.
 *
 * @param kind     {@code type}, {@code static}, {@code function} or {@code accumulate}
 * @param name     the dotted name imported, without a trailing {@code .*}
 * @param wildcard whether it ends with {@code .*}
 * @param line     where it stands
 * @param end      index of the first token after the statement
 */
record DrlImport(String kind, String name, boolean wildcard, int line, int end) {

    /** Reads the import statement whose {@code import} keyword is at {@code start}. */
    static DrlImport read(List<DrlToken> tokens, int start) {
        int i = start + 1;
        String kind = "type";
        if (i < tokens.size() && List.of("static", "function", "accumulate").contains(tokens.get(i).text())
                && i + 1 < tokens.size() && tokens.get(i + 1).kind() == DrlToken.Kind.IDENTIFIER) {
            kind = tokens.get(i).text();
            i++;
        }
        var parts = new ArrayList<String>();
        boolean wildcard = false;
        while (i < tokens.size() && tokens.get(i).kind() == DrlToken.Kind.IDENTIFIER) {
            parts.add(tokens.get(i).text());
            i++;
            if (i + 1 < tokens.size() && tokens.get(i).isSymbol('.')) {
                if (tokens.get(i + 1).isSymbol('*')) {
                    wildcard = true;
                    i += 2;
                    break;
                }
                i++;
            } else {
                break;
            }
        }
        if (kind.equals("accumulate") && i < tokens.size() && tokens.get(i).kind() == DrlToken.Kind.IDENTIFIER) {
            i++;
        }
        return new DrlImport(kind, String.join(".", parts), wildcard, tokens.get(start).line(), i);
    }

    /** The class an import names: the name itself, or its owner for a static member. */
    String className() {
        boolean member = (kind.equals("static") || kind.equals("function")) && !wildcard;
        int dot = name.lastIndexOf('.');
        return member && dot > 0 ? name.substring(0, dot) : name;
    }

    /** The simple name the import makes usable, or {@code null} for a wildcard. */
    String simpleName() {
        return wildcard ? null : name.substring(name.lastIndexOf('.') + 1);
    }
}
