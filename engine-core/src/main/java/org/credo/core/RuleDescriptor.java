package org.credo.core;

/**
 * One rule of a compiled rule set, for listings such as the regulation map.
 *
 * @param kind       {@code DRL} or {@code DMN}
 * @param file       bundle path of the file that holds the rule
 * @param container  the DRL package, or the DMN decision (table) name
 * @param name       the DRL rule name, or {@code "rule N"} for a decision-table rule
 * @param ruleNumber 1-based decision-table rule number, {@code null} for DRL
 * @param basis      the metadata declared for it
 */
public record RuleDescriptor(String kind, String file, String container, String name, Integer ruleNumber,
                             RuleBasis basis) {
}
