package org.credo.service;

import java.util.List;
import java.util.Set;

/** Every endpoint of engine-service's own contract, with the roles it admits and a valid request. */
public final class Endpoints {
    public static final String CREDIT = """
            {"enterpriseId": "91350600MA2Y8K3F13", "enterpriseKind": "NON_BROKER", "advancedCertified": false,
             "priorYearDocumentCount": 10000, "asOf": "2025-06-30",
             "events": [{"eventId": "E1", "type": "TAX_UNPAID", "occurredOn": "2025-03-01", "amountCny": 120000.00,
                         "dueDate": "2025-01-10", "paidOn": null, "subjectiveIntent": true}]}""";
    public static final String INSPECTION = Api.inspection("DECL-BAD-INPUT", Api.KNOWN_ENTERPRISE, "2026-11-26");
    public static final String FX_REGISTRATION = """
            {"enterpriseId": "91350600MA2Y8K3F13", "smallMicroCbec": true, "annualReceiptsUsd": 185000,
             "annualPaymentsUsd": 0, "registered": false}""";
    public static final String FX_SETTLEMENT = """
            {"amountUsd": 30000, "cbecProceeds": true, "transactionProof": true, "quotaUsedUsd": 45000}""";
    public static final String FX_ADVANCE = """
            {"advancerKind": "POSTAL", "affiliated": true, "termMonths": 11}""";
    public static final String RETAIL_IMPORT = """
            {"orderValueCny": 5000, "itemCount": 3, "annualUsedCny": 0, "vatRate": 0.13, "consumptionTaxRate": 0}""";
    public static final String RETAIL_EXPORT = """
            {"registeredInZone": true, "platformRecorded": true, "declaredAtZoneCustoms": true,
             "onCancelledRefundList": false, "hasPurchaseInvoice": false, "customsMode": "9610",
             "exportDate": "2025-06-30", "revenueCny": 100000}""";
    public static final String CREDIT_MEASURES = """
            {"enterpriseId": "91350600MA2Y8K3F13", "creditClass": "REGULAR", "asOf": "2025-06-30"}""";
    public static final String FX_ELECTRONIC_SETTLEMENT = """
            {"provider": "BANK", "settlementDate": "2025-06-30", "customerIdentified": true,
             "transactionInfoCollected": true, "authenticityReviewed": true}""";
    public static final String FX_LOAN_CONVERSION = """
            {"enterpriseId": "91350600MA2Y8K3F13", "conversionDate": "2025-06-30", "exportBackground": true,
             "repaymentSource": "EXPORT_PROCEEDS"}""";
    public static final String ENTERPRISE = """
            {"name": "Zhangzhou Pilot Exports", "enterpriseKind": "NON_BROKER", "advancedCertified": false,
             "priorYearDocumentCount": 10000}""";
    public static final String EVENT = """
            {"eventId": "EV-BAD-INPUT", "type": "TAX_UNPAID", "occurredOn": "2025-03-01", "amountCny": 100.00}""";

    public static final Set<String> ANY_ROLE = Set.of("customs", "author", "approver", "auditor", "admin");

    /** One endpoint: method, path, a valid JSON body (or null) and the demo users it admits. */
    public record Endpoint(String method, String path, String body, Set<String> users) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private Endpoints() {
    }

    public static List<Endpoint> all() {
        String decision = java.util.UUID.randomUUID().toString();
        return List.of(
                new Endpoint("POST", "/api/v1/decisions/credit-classification", CREDIT, Set.of("customs")),
                new Endpoint("POST", "/api/v1/decisions/inspection", INSPECTION, Set.of("customs")),
                new Endpoint("POST", "/api/v1/decisions/inspection/batch",
                        "{\"declarations\": [" + INSPECTION + "]}", Set.of("customs")),
                new Endpoint("POST", "/api/v1/decisions/fx-registration", FX_REGISTRATION, Set.of("customs")),
                new Endpoint("POST", "/api/v1/decisions/fx-individual-settlement", FX_SETTLEMENT,
                        Set.of("customs")),
                new Endpoint("POST", "/api/v1/decisions/fx-advance-payment", FX_ADVANCE, Set.of("customs")),
                new Endpoint("POST", "/api/v1/decisions/retail-import", RETAIL_IMPORT, Set.of("customs")),
                new Endpoint("POST", "/api/v1/decisions/retail-export-tax", RETAIL_EXPORT, Set.of("customs")),
                new Endpoint("POST", "/api/v1/decisions/credit-measures", CREDIT_MEASURES, Set.of("customs")),
                new Endpoint("POST", "/api/v1/decisions/fx-electronic-settlement", FX_ELECTRONIC_SETTLEMENT,
                        Set.of("customs")),
                new Endpoint("POST", "/api/v1/decisions/fx-loan-conversion", FX_LOAN_CONVERSION, Set.of("customs")),
                new Endpoint("POST", "/api/v1/models/Spot checks/evaluate", "{\"riskClass\": \"A\"}",
                        Set.of("customs")),
                new Endpoint("PUT", "/api/v1/enterprises/" + Api.KNOWN_ENTERPRISE, ENTERPRISE,
                        Set.of("customs", "admin")),
                new Endpoint("POST", "/api/v1/enterprises/" + Api.KNOWN_ENTERPRISE + "/events", EVENT,
                        Set.of("customs")),
                new Endpoint("GET", "/api/v1/enterprises/" + Api.KNOWN_ENTERPRISE + "/credit?asOf=2026-06-30", null,
                        ANY_ROLE),
                new Endpoint("POST", "/api/v1/enterprises/" + Api.KNOWN_ENTERPRISE + "/credit?asOf=2026-06-30", null,
                        Set.of("customs")),
                new Endpoint("GET", "/api/v1/decisions/" + decision, null, Set.of("auditor")),
                new Endpoint("GET", "/api/v1/decisions?size=5", null, Set.of("auditor")),
                new Endpoint("POST", "/api/v1/decisions/" + decision + "/replay", null, Set.of("auditor")),
                new Endpoint("GET", "/api/v1/audit/verify", null, Set.of("auditor")),
                new Endpoint("GET", "/api/v1/audit/export?from=2026-01-01&to=2026-01-02", null, Set.of("auditor")),
                new Endpoint("GET", "/api/v1/audit/log-key", null, ANY_ROLE),
                new Endpoint("GET", "/api/v1/audit/checkpoint", null, Set.of("auditor")),
                new Endpoint("GET", "/api/v1/decisions/" + decision + "/receipt", null, Set.of("auditor")),
                new Endpoint("GET", "/api/v1/audit/consistency?from=1&to=1", null, Set.of("auditor")),
                new Endpoint("GET", "/api/v1/audit/leaves", null, Set.of("auditor")),
                new Endpoint("GET", "/api/v1/rulesets/active", null, ANY_ROLE));
    }
}
