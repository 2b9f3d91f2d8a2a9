package org.credo.core.internal.sandbox;

import org.credo.core.Problem;
import org.credo.core.internal.drl.DrlLexer;
import org.credo.core.internal.drl.DrlToken;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One pass of the sandbox over one file's tokens. First it learns what the file may name (its package, allowed
 * imports, declared types); then it checks every identifier against the denied names and every dotted chain
 * against the allow-list: a capitalised head must be a known safe type, and a qualified name must resolve to an
 * allowed class.
 */
final class SandboxScan {
    private static final Set<String> DECLARE_MODIFIERS = Set.of("enum", "trait", "window");
    private static final Set<String> UNBOUNDED_LOOPS = Set.of("while", "do", "until");

    private final String file;
    private final List<DrlToken> tokens;
    private final AllowList allowList;
    private final List<Problem> problems;
    private final Set<String> usableNames = new HashSet<>();
    private final Set<String> usablePackages = new HashSet<>();
    private String drlPackage;

    SandboxScan(String file, List<DrlToken> tokens, AllowList allowList, List<Problem> problems) {
        this.file = file;
        this.tokens = tokens;
        this.allowList = allowList;
        this.problems = problems;
    }

    void run() {
        learnNames();
        checkDeniedNames();
        checkAmbiguousSymbols();
        checkLoops();
        checkChains();
    }

    private void learnNames() {
        for (int i = 0; i < tokens.size(); i++) {
            DrlToken token = tokens.get(i);
            if (!startsChain(i)) {
                continue;
            }
            if (token.isIdentifier("package")) {
                drlPackage = String.join(".", chainAt(i + 1));
                if (allowList.allowsPackage(drlPackage)) {
                    usablePackages.add(drlPackage);
                }
            } else if (token.isIdentifier("import")) {
                learnImport(DrlImport.read(tokens, i));
            } else if (token.isIdentifier("declare")) {
                int name = i + 1;
                while (name < tokens.size() && DECLARE_MODIFIERS.contains(tokens.get(name).text())) {
                    name++;
                }
                if (name < tokens.size() && tokens.get(name).kind() == DrlToken.Kind.IDENTIFIER) {
                    learnDeclaredType(tokens.get(name));
                }
            }
        }
    }

    /** A declared type is usable, unless it takes the name of a {@code java.lang} class the dialects may prefer. */
    private void learnDeclaredType(DrlToken name) {
        String shadowed = "java.lang." + name.text();
        if (allowList.isClass(shadowed) && !allowList.allowsClass(shadowed)) {
            problems.add(DrlSandbox.forbidden(file, name.line(), "a declared type may not be named `" + name.text()
                    + "`: the name would stand for " + shadowed + " in some dialects"));
        } else {
            usableNames.add(name.text());
        }
    }

    private void learnImport(DrlImport imported) {
        boolean allowed = imported.wildcard() && imported.kind().equals("type")
                ? allowList.allowsPackage(imported.name())
                : allowList.allowsClass(imported.className());
        if (!allowed) {
            problems.add(DrlSandbox.forbidden(file, imported.line(), "import of `" + imported.name()
                    + (imported.wildcard() ? ".*" : "") + "` is outside the allow-list: DRL may import the host's "
                    + "fact types and safe library classes only"));
        } else if (imported.wildcard() && imported.kind().equals("type")) {
            usablePackages.add(imported.name());
        } else if (imported.simpleName() != null) {
            usableNames.add(imported.simpleName());
        }
    }

    private void checkDeniedNames() {
        for (DrlToken token : tokens) {
            if (token.kind() == DrlToken.Kind.IDENTIFIER && DeniedNames.reason(token.text()) != null) {
                problems.add(DrlSandbox.forbidden(file, token.line(),
                        "`" + token.text() + "` is forbidden: " + DeniedNames.reason(token.text())));
            }
        }
    }

    /**
     * Symbols where Drools, Java or MVEL might read the text differently from the sandbox, so that code could hide
     * from it in what it takes for a comment or a string.
     */
    private void checkAmbiguousSymbols() {
        for (DrlToken token : tokens) {
            if (token.isSymbol('#')) {
                problems.add(DrlSandbox.forbidden(file, token.line(), "`#` is forbidden: DRL may read it as the "
                        + "start of a comment; write comments with // or /* */"));
            } else if (token.kind() == DrlToken.Kind.SYMBOL && token.text().equals(DrlLexer.TEXT_BLOCK)) {
                problems.add(DrlSandbox.forbidden(file, token.line(), "text blocks (\"\"\") are forbidden: "
                        + "DRL reads them differently from Java"));
            }
        }
    }

    /**
     * Loops that need not end: {@code while}, {@code do}, MVEL's {@code until}, and counting {@code for} loops. A
     * loop over a collection, {@code for (Item item : items)}, ends with the collection and is allowed.
     */
    private void checkLoops() {
        for (int i = 0; i < tokens.size(); i++) {
            DrlToken token = tokens.get(i);
            if (token.kind() != DrlToken.Kind.IDENTIFIER) {
                continue;
            }
            if (UNBOUNDED_LOOPS.contains(token.text())) {
                problems.add(DrlSandbox.forbidden(file, token.line(), "`" + token.text() + "` loops are forbidden: "
                        + "they need not end; iterate over a collection with for (Item item : items)"));
            } else if (token.text().equals("for") && isCountingLoop(i + 1)) {
                problems.add(DrlSandbox.forbidden(file, token.line(), "counting `for` loops are forbidden: they "
                        + "need not end; iterate over a collection with for (Item item : items)"));
            }
        }
    }

    /** Whether the parenthesised header starting at {@code open} has a {@code ;} at its own level. */
    private boolean isCountingLoop(int open) {
        if (open >= tokens.size() || !tokens.get(open).isSymbol('(')) {
            return false;
        }
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            DrlToken token = tokens.get(i);
            if (token.isSymbol('(')) {
                depth++;
            } else if (token.isSymbol(')') && --depth == 0) {
                return false;
            } else if (depth == 1 && token.isSymbol(';')) {
                return true;
            }
        }
        return true;
    }

    private void checkChains() {
        int i = 0;
        while (i < tokens.size()) {
            if (!startsChain(i)) {
                i++;
                continue;
            }
            DrlToken token = tokens.get(i);
            List<String> chain = chainAt(i);
            int next = i + 2 * chain.size() - 1;
            if (token.isIdentifier("import")) {
                next = DrlImport.read(tokens, i).end();
            } else if (token.isIdentifier("package")) {
                next = i + 1 + 2 * chainAt(i + 1).size() - 1;
            } else if (token.isIdentifier("rule") || token.isIdentifier("query")
                    || token.isIdentifier("declare")) {
                next = skipDeclaredName(i + 1);
            } else if (isAnnotationName(i, chain)) {
                next = i + 1;
            } else {
                checkChain(chain, token.line());
            }
            i = Math.max(next, i + 1);
        }
    }

    /** Skips the name a {@code rule}, {@code query} or {@code declare} introduces: it is a name, not a use. */
    private int skipDeclaredName(int at) {
        int i = at;
        while (i < tokens.size() && DECLARE_MODIFIERS.contains(tokens.get(i).text())) {
            i++;
        }
        boolean simpleName = i < tokens.size() && tokens.get(i).kind() == DrlToken.Kind.IDENTIFIER
                && !(i + 1 < tokens.size() && tokens.get(i + 1).isSymbol('.'));
        return simpleName ? i + 1 : at;
    }

    private boolean isAnnotationName(int i, List<String> chain) {
        return chain.size() == 1 && i > 0 && tokens.get(i - 1).isSymbol('@');
    }

    private void checkChain(List<String> chain, int line) {
        String head = chain.get(0);
        if (head.startsWith("$")) {
            return;
        }
        if (Character.isUpperCase(head.charAt(0))) {
            if (!usableSimpleName(head)) {
                problems.add(DrlSandbox.forbidden(file, line, "`" + head + "` is not an allowed type: DRL may use "
                        + "the host's fact types, declared types and safe library classes only"));
            }
            return;
        }
        for (int k = 2; k <= chain.size(); k++) {
            String prefix = String.join(".", chain.subList(0, k));
            if (allowList.isClass(prefix)) {
                if (!allowList.allowsClass(prefix)) {
                    problems.add(DrlSandbox.forbidden(file, line, "`" + prefix + "` is outside the allow-list"));
                }
                return;
            }
        }
        if (chain.size() > 1 && DeniedNames.PACKAGE_ROOTS.contains(head)) {
            problems.add(DrlSandbox.forbidden(file, line, "`" + String.join(".", chain)
                    + "` names a package outside the allow-list"));
        }
    }

    private boolean usableSimpleName(String name) {
        if (usableNames.contains(name)) {
            return true;
        }
        if (AllowList.isSafeSimpleName(name)) {
            return !shadowedInOwnPackage(name);
        }
        return usablePackages.stream().anyMatch(p -> allowList.isClass(p + "." + name));
    }

    /** A class of the DRL's own package wins over an implicit library import of the same simple name. */
    private boolean shadowedInOwnPackage(String name) {
        return drlPackage != null && !drlPackage.isEmpty() && allowList.isClass(drlPackage + "." + name)
                && !allowList.allowsClass(drlPackage + "." + name);
    }

    private boolean startsChain(int i) {
        return tokens.get(i).kind() == DrlToken.Kind.IDENTIFIER && (i == 0 || !tokens.get(i - 1).isSymbol('.'));
    }

    /** The dotted identifiers starting at {@code i}: {@code a . b . c}. */
    private List<String> chainAt(int i) {
        var chain = new ArrayList<String>();
        int at = i;
        while (at < tokens.size() && tokens.get(at).kind() == DrlToken.Kind.IDENTIFIER) {
            chain.add(tokens.get(at).text());
            if (at + 2 < tokens.size() && tokens.get(at + 1).isSymbol('.')
                    && tokens.get(at + 2).kind() == DrlToken.Kind.IDENTIFIER) {
                at += 2;
            } else {
                break;
            }
        }
        return chain;
    }
}
