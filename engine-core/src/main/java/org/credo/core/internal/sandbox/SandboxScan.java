package org.credo.core.internal.sandbox;

import org.credo.core.AsOf;
import org.credo.core.Problem;
import org.credo.core.internal.drl.DrlLexer;
import org.credo.core.internal.drl.DrlToken;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One pass of the sandbox over one file's tokens. First it learns what the file may name (its package and allowed
 * imports); then it refuses the statements and shapes outside the uploadable subset (other dialects, functions,
 * globals, queries, declarations, loops, lambdas, anonymous classes), checks every identifier against the denied
 * names and every dotted chain against the allow-list (a capitalised head must be a known safe type, a qualified
 * name must resolve to an allowed class), and every member read or called against the members the fact model and
 * the safe library offer.
 */
final class SandboxScan {
    private static final Set<String> LOOPS = Set.of("while", "do", "until", "for");
    /** Statements outside the checkable subset: each brings code or names the member check cannot follow. */
    private static final Map<String, String> REFUSED_STATEMENTS = Map.of(
            "function", "DRL functions are not part of the uploadable subset; write the logic in the rule",
            "global", "globals are not part of the uploadable subset; pass values as facts",
            "query", "queries are not part of the uploadable subset",
            "declare", "type declarations are not part of the uploadable subset; use the host's fact types",
            "synchronized", "`synchronized` blocks a thread and is not allowed");
    /** Words DRL and Java put before a parenthesis that are neither methods nor types. */
    private static final Set<String> KEYWORDS = Set.of("accumulate", "not", "exists", "forall", "eval", "from",
            "collect", "if", "else", "switch", "in", "and", "or", "init", "action", "reverse", "result", "salience",
            "enabled", "duration", "timer", "calendars", "over", "window", "time", "return", "new", "this",
            "memberOf", "contains", "matches", "soundslike", "str", "when", "then", "end", "catch", "while", "for",
            "synchronized");

    private final String file;
    private final List<DrlToken> tokens;
    private final AllowList allowList;
    private final List<Problem> problems;
    private final Set<String> usableNames = new HashSet<>();
    private final Map<String, String> importedClasses = new HashMap<>();
    private final Set<Integer> headerTokens = new HashSet<>();
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
        checkStatements();
        checkCodeShapes();
        checkLoops();
        checkChains();
        checkMembers(members());
    }

    /** Rules the file declares, for the bundle's limit: each {@code rule} keyword followed by its name. */
    int ruleCount() {
        int rules = 0;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isIdentifier("rule") && (i == 0 || !tokens.get(i - 1).isSymbol('.'))
                    && tokens.get(i + 1).kind() != DrlToken.Kind.SYMBOL) {
                rules++;
            }
        }
        return rules;
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
                markHeader(i, i + 2 * chainAt(i + 1).size());
            } else if (token.isIdentifier("import")) {
                DrlImport imported = DrlImport.read(tokens, i);
                learnImport(imported);
                markHeader(i, imported.end());
            }
        }
    }

    private void markHeader(int from, int to) {
        for (int i = from; i < to; i++) {
            headerTokens.add(i);
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
            if (imported.kind().equals("type")) {
                importedClasses.put(imported.simpleName(), imported.name());
            }
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
     * Statements outside the uploadable subset, and any dialect but Java: MVEL resolves property names to getters
     * by its own rules (so {@code "x".Class} reaches {@link Class}) and its calls cannot be checked the same way.
     */
    private void checkStatements() {
        for (int i = 0; i < tokens.size(); i++) {
            DrlToken token = tokens.get(i);
            if (token.kind() != DrlToken.Kind.IDENTIFIER || (i > 0 && tokens.get(i - 1).isSymbol('.'))) {
                continue;
            }
            String reason = REFUSED_STATEMENTS.get(token.text());
            if (reason != null) {
                problems.add(DrlSandbox.forbidden(file, token.line(), "`" + token.text() + "`: " + reason));
            } else if (token.text().equals("dialect")
                    && !(i + 1 < tokens.size() && tokens.get(i + 1).kind() == DrlToken.Kind.STRING
                    && tokens.get(i + 1).text().equals("java"))) {
                problems.add(DrlSandbox.forbidden(file, token.line(), "only the Java dialect is allowed: MVEL "
                        + "resolves names by rules of its own that the sandbox cannot check"));
            }
        }
    }

    /**
     * Lambdas ({@code ->}), method references ({@code ::}) and anonymous classes ({@code new T() {…}}): each names
     * or defines code that the member check would not see being called.
     */
    private void checkCodeShapes() {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            DrlToken token = tokens.get(i);
            DrlToken next = tokens.get(i + 1);
            if (token.isSymbol('-') && next.isSymbol('>')) {
                problems.add(DrlSandbox.forbidden(file, token.line(), "lambdas (`->`) are not allowed"));
            } else if (token.isSymbol(':') && next.isSymbol(':')) {
                problems.add(DrlSandbox.forbidden(file, token.line(), "method references (`::`) are not allowed"));
                i++;
            } else if (token.isIdentifier("new") && opensBodyAfterArguments(i + 1)) {
                problems.add(DrlSandbox.forbidden(file, token.line(), "anonymous classes are not allowed"));
            }
        }
    }

    /** Whether {@code new}'s type, from {@code at}, is followed by its arguments and then a class body. */
    private boolean opensBodyAfterArguments(int at) {
        int i = at;
        while (i < tokens.size() && !tokens.get(i).isSymbol('(') && !tokens.get(i).isSymbol('[')
                && !tokens.get(i).isSymbol(';')) {
            i++;
        }
        if (i >= tokens.size() || !tokens.get(i).isSymbol('(')) {
            return false;
        }
        int depth = 0;
        for (; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol('(')) {
                depth++;
            } else if (tokens.get(i).isSymbol(')') && --depth == 0) {
                return i + 1 < tokens.size() && tokens.get(i + 1).isSymbol('{');
            }
        }
        return false;
    }

    /** Loops of any kind: {@code while}, {@code do}, MVEL's {@code until} and {@code for}; they need not end. */
    private void checkLoops() {
        for (DrlToken token : tokens) {
            if (token.kind() == DrlToken.Kind.IDENTIFIER && LOOPS.contains(token.text())) {
                problems.add(DrlSandbox.forbidden(file, token.line(), "`" + token.text() + "` loops are not "
                        + "allowed: rules work on facts, and a consequence runs once per match"));
            }
        }
    }

    /**
     * Every member a file reads or calls must be one the allow-list names: after a dot (whatever stands before it:
     * a fact, a type, the result of a call) and before a parenthesis. Parts of a qualified type name are not
     * members; the chain check has resolved them.
     */
    private void checkMembers(Set<String> members) {
        for (int i = 0; i < tokens.size(); i++) {
            DrlToken token = tokens.get(i);
            if (token.kind() != DrlToken.Kind.IDENTIFIER || headerTokens.contains(i) || token.text().startsWith("$")
                    || members.contains(token.text())) {
                continue;
            }
            boolean member = i > 0 && tokens.get(i - 1).isSymbol('.') && !typeNamePart(i);
            boolean call = i + 1 < tokens.size() && tokens.get(i + 1).isSymbol('(') && !member
                    && !(i > 0 && (tokens.get(i - 1).isSymbol('@') || tokens.get(i - 1).isSymbol('.')))
                    && !KEYWORDS.contains(token.text()) && !Character.isUpperCase(token.text().charAt(0));
            if (member || call) {
                problems.add(DrlSandbox.forbidden(file, token.line(), "`" + token.text() + "` is not a member DRL "
                        + "may use: only the fact model's own members and the safe library methods are allowed"));
            }
        }
    }

    /** Whether the identifier at {@code i}, after a dot, is part of a qualified class name rather than a member. */
    private boolean typeNamePart(int i) {
        int start = i;
        while (start >= 2 && tokens.get(start - 1).isSymbol('.')
                && tokens.get(start - 2).kind() == DrlToken.Kind.IDENTIFIER) {
            start -= 2;
        }
        if (start >= 1 && tokens.get(start - 1).isSymbol('.')) {
            return false;
        }
        String head = tokens.get(start).text();
        if (Character.isUpperCase(head.charAt(0))) {
            return Character.isUpperCase(tokens.get(i).text().charAt(0)) && i == start + 2
                    && allowList.allowsClass(qualified(head) + "." + tokens.get(i).text());
        }
        var name = new StringBuilder(head);
        for (int at = start + 2; at <= i; at += 2) {
            if (allowList.isClass(name.toString())) {
                return false;
            }
            name.append('.').append(tokens.get(at).text());
        }
        return !allowList.isClass(head) && (allowList.isClass(name.toString()) || lowerCasePackagePart(i));
    }

    /** A lower-case name after a dot, in a chain no class prefix resolved: a package, refused by the chain check. */
    private boolean lowerCasePackagePart(int i) {
        return i + 2 < tokens.size() && tokens.get(i + 1).isSymbol('.')
                && tokens.get(i + 2).kind() == DrlToken.Kind.IDENTIFIER;
    }

    private String qualified(String simpleName) {
        return importedClasses.getOrDefault(simpleName, AllowList.qualifiedSafeName(simpleName));
    }

    /** The members this file may use: the library's and those of the fact classes it names. */
    private Set<String> members() {
        var roots = new ArrayList<Class<?>>();
        roots.add(AsOf.class);
        for (DrlToken token : tokens) {
            if (token.kind() == DrlToken.Kind.IDENTIFIER && Character.isUpperCase(token.text().charAt(0))) {
                factClass(token.text()).ifPresent(roots::add);
            }
        }
        var members = new HashSet<>(LibraryMembers.NAMES);
        members.addAll(FactMembers.of(roots, allowList));
        return members;
    }

    private Optional<Class<?>> factClass(String simpleName) {
        var candidates = new ArrayList<String>();
        if (importedClasses.containsKey(simpleName)) {
            candidates.add(importedClasses.get(simpleName));
        }
        usablePackages.forEach(p -> candidates.add(p + "." + simpleName));
        return candidates.stream().filter(allowList::allowsClass).map(allowList::load).flatMap(Optional::stream)
                .findFirst();
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
            } else if (token.isIdentifier("rule")) {
                next = skipDeclaredName(i + 1);
            } else if (isAnnotationName(i, chain)) {
                next = i + 1;
            } else {
                checkChain(chain, token.line());
            }
            i = Math.max(next, i + 1);
        }
    }

    /** Skips the name a {@code rule} introduces: it is a name, not a use. */
    private int skipDeclaredName(int at) {
        int i = at;
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
                        + "the host's fact types and safe library classes only"));
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
