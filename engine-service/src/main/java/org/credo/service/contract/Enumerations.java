package org.credo.service.contract;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The enumerations of the HTTP contract, spelled as it spells them. */
public final class Enumerations {
    private Enumerations() {
    }

    public enum EnterpriseKind { BROKER, NON_BROKER }

    public enum CreditEventType {
        SMUGGLING_CRIMINAL, SMUGGLING_ADMIN_PENALTY, VIOLATION_ADMIN_PENALTY, TAX_UNPAID, FINE_UNPAID,
        OBSTRUCTION_PENALTY, BRIBERY, SOLID_WASTE_ADMIN_PENALTY, FOOD_COSMETICS_CRIMINAL, SOLID_WASTE_SMUGGLING_CRIMINAL
    }

    public enum CustomsMode {
        @JsonProperty("9610") M9610,
        @JsonProperty("9710") M9710,
        @JsonProperty("9810") M9810,
        @JsonProperty("1210") M1210,
        @JsonProperty("1239") M1239,
        @JsonProperty("0110") M0110
    }

    public enum Direction { IMPORT, EXPORT }

    public enum AdvancerKind { POSTAL, LOGISTICS, PLATFORM }

    /** The customs credit classes of every regime; each regime admits its own subset. */
    public enum CreditClass {
        ADVANCED_CERTIFIED, GENERAL_CERTIFIED, GENERAL_CREDIT, CERTIFIED, REGULAR, DISHONEST, SERIOUSLY_DISHONEST
    }

    /** Who settles cross-border e-commerce FX on electronic transaction information. */
    public enum SettlementProvider { BANK, PAYMENT_INSTITUTION }

    /** What a domestic FX loan is to be repaid with. */
    public enum RepaymentSource { EXPORT_PROCEEDS, FX_PURCHASE, OTHER_FOREIGN_CURRENCY }
}
