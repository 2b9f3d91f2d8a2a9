package org.credo.core;

/**
 * A decision-table rule that contributed to a decision's result.
 *
 * @param table      the decision table's name (its decision or business knowledge model)
 * @param ruleNumber 1-based rule number in the table
 * @param basis      the rule's annotations
 */
public record MatchedRule(String table, int ruleNumber, RuleBasis basis) {
}
