package org.credo.rules.credit;

/** Whether the enterprise is a customs broker (报关企业); the criterion-3 thresholds differ. */
public enum EnterpriseKind {
    BROKER,
    NON_BROKER
}
