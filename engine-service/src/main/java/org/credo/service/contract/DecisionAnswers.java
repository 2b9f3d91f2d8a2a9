package org.credo.service.contract;

import org.credo.service.contract.Enumerations.CreditClass;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The answers of the decision endpoints, field by field as the contract names them: the shapes the OpenAPI document
 * declares for each endpoint's 200 answer ({@code OpenApiSchemasTest} checks them against real answers). Every
 * stored decision carries {@code decisionId}, {@code rulesetVersion}, {@code decidedAt} and {@code reasons}.
 */
public final class DecisionAnswers {
    private DecisionAnswers() {
    }

    /** A rule that determined a decision, in the language the caller asked for. */
    public record Reason(String ruleId, String description, String legalBasis, String confidence,
                         Boolean provisional) {
    }

    /** When a dishonest enterprise may have its class restored (信用修复). */
    public record Restoration(LocalDate onApplicationFrom, LocalDate automaticFrom) {
    }

    /** How an inspection was selected: HMAC-SHA256 under the named sampling key. */
    public record SamplingMethod(String method, String keyId) {
    }

    /** A credit measure and the level at which it applies. */
    public record Measure(String measure, String level) {
    }

    /** A message of a DMN evaluation. */
    public record ModelMessage(String severity, String sourceId, String message) {
    }

    /** {@code POST /api/v1/decisions/credit-classification}. */
    public record CreditClassificationAnswer(String decisionId, CreditClass creditClass, String regime,
                                             boolean seriouslyDishonestList, Restoration restoration,
                                             String rulesetVersion, Instant decidedAt, List<Reason> reasons) {
    }

    /** {@code POST /api/v1/decisions/inspection}, and each result of the batch. */
    public record InspectionAnswer(String decisionId, String declarationId, CreditClass creditClass,
                                   BigDecimal inspectionRate, boolean selected, SamplingMethod sampling,
                                   String goodsRisk, BigDecimal regularRate, String rulesetVersion,
                                   Instant decidedAt, List<Reason> reasons) {
    }

    /** {@code POST /api/v1/decisions/inspection/batch}: the results in the order of the declarations. */
    public record InspectionBatchAnswer(List<InspectionAnswer> results) {
    }

    /** {@code POST /api/v1/decisions/fx-registration}. */
    public record FxRegistrationAnswer(String decisionId, boolean registrationRequired, boolean reminderBand,
                                       String rulesetVersion, Instant decidedAt, List<Reason> reasons) {
    }

    /** {@code POST /api/v1/decisions/fx-individual-settlement}. */
    public record FxIndividualSettlementAnswer(String decisionId, BigDecimal quotaConsumedUsd,
                                               boolean documentsRequired, String rulesetVersion, Instant decidedAt,
                                               List<Reason> reasons) {
    }

    /** {@code POST /api/v1/decisions/fx-advance-payment}. */
    public record FxAdvancePaymentAnswer(String decisionId, boolean allowed, boolean filingRequired,
                                         String rulesetVersion, Instant decidedAt, List<Reason> reasons) {
    }

    /** {@code POST /api/v1/decisions/retail-import}. */
    public record RetailImportAnswer(String decisionId, String treatment, BigDecimal taxCny,
                                     BigDecimal annualUsedAfterCny, String rulesetVersion, Instant decidedAt,
                                     List<Reason> reasons) {
    }

    /** {@code POST /api/v1/decisions/retail-export-tax}; {@code taxableIncomeCny} is null when not deemed. */
    public record RetailExportTaxAnswer(String decisionId, boolean vatExempt, boolean deemedProfit,
                                        BigDecimal taxableIncomeCny, String rulesetVersion, Instant decidedAt,
                                        List<Reason> reasons) {
    }

    /** {@code POST /api/v1/decisions/credit-measures}. */
    public record CreditMeasuresAnswer(String decisionId, CreditClass creditClass, String regime,
                                       List<Measure> measures, List<String> disclosed, String rulesetVersion,
                                       Instant decidedAt, List<Reason> reasons) {
    }

    /** {@code POST /api/v1/decisions/fx-electronic-settlement} and {@code fx-loan-conversion}. */
    public record ConditionsAnswer(String decisionId, boolean allowed, List<String> met, List<String> missing,
                                   String rulesetVersion, Instant decidedAt, List<Reason> reasons) {
    }

    /** {@code POST /api/v1/models/{modelName}/evaluate}: each decision's result by its name. */
    public record ModelAnswer(String decisionId, Map<String, Object> results, List<ModelMessage> messages,
                              String rulesetVersion, Instant decidedAt, List<Reason> reasons) {
    }
}
