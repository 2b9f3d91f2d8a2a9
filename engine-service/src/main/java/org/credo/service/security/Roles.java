package org.credo.service.security;

/** The roles of the HTTP contract. */
public final class Roles {
    public static final String DECISION_CLIENT = "decision-client";
    public static final String RULE_AUTHOR = "rule-author";
    public static final String RULE_APPROVER = "rule-approver";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
