package org.credo.core;

/**
 * A DRL rule that fired.
 *
 * @param rulePackage the DRL package
 * @param ruleName    the rule's name
 * @param basis       the rule's metadata
 */
public record FiredRule(String rulePackage, String ruleName, RuleBasis basis) {
}
