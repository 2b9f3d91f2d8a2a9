package org.credo.core.internal.drl;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a DRL rule is written: file, package, name and the line of its {@code rule} keyword.
 */
record DrlRuleLocation(String file, String rulePackage, String ruleName, int line) {

    /** Every rule a DRL file writes, in order. */
    public static List<DrlRuleLocation> findAll(String file, String text) {
        List<DrlToken> tokens = DrlLexer.tokenize(text);
        String rulePackage = "";
        var rules = new ArrayList<DrlRuleLocation>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            DrlToken token = tokens.get(i);
            boolean keyword = i == 0 || !tokens.get(i - 1).isSymbol('.');
            if (keyword && token.isIdentifier("package")) {
                rulePackage = dottedName(tokens, i + 1);
            } else if (keyword && token.isIdentifier("rule")) {
                DrlToken name = tokens.get(i + 1);
                if (name.kind() == DrlToken.Kind.STRING || name.kind() == DrlToken.Kind.IDENTIFIER) {
                    rules.add(new DrlRuleLocation(file, rulePackage, name.text(), token.line()));
                }
            }
        }
        return rules;
    }

    private static String dottedName(List<DrlToken> tokens, int start) {
        var name = new StringBuilder();
        int i = start;
        while (i < tokens.size() && tokens.get(i).kind() == DrlToken.Kind.IDENTIFIER) {
            name.append(tokens.get(i).text());
            if (i + 1 < tokens.size() && tokens.get(i + 1).isSymbol('.')) {
                name.append('.');
                i += 2;
            } else {
                break;
            }
        }
        return name.toString();
    }

    /** The key a rule is known by across files: package and name. */
    public String key() {
        return key(rulePackage, ruleName);
    }

    public static String key(String rulePackage, String ruleName) {
        return rulePackage + "/" + ruleName;
    }
}
