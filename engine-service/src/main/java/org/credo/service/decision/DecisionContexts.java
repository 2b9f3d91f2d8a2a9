package org.credo.service.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.service.contract.CreditClassificationRequest;
import org.credo.service.contract.CreditMeasuresRequest;
import org.credo.service.contract.DecisionType;
import org.credo.service.contract.FxAdvancePaymentRequest;
import org.credo.service.contract.FxElectronicSettlementRequest;
import org.credo.service.contract.FxIndividualSettlementRequest;
import org.credo.service.contract.FxLoanConversionRequest;
import org.credo.service.contract.FxRegistrationRequest;
import org.credo.service.contract.InspectionRequest;
import org.credo.service.contract.RetailExportTaxRequest;
import org.credo.service.contract.RetailImportRequest;
import org.credo.service.problem.ApiException;
import org.credo.service.registry.RegistryFacts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link DecisionContext} of each kind of request, once, where the request arrives (the resources and the
 * console): its type, its day (the request's own date or today by the service's zone clock), its inputs as recorded,
 * the reference data the decision will read (registry facts, the sampling key) and the key a retry is answered by.
 */
@ApplicationScoped
public class DecisionContexts {
    private final RegistryFacts registry;
    private final Sampling sampling;
    private final ObjectMapper mapper;
    private final Clock clock;

    public DecisionContexts(RegistryFacts registry, Sampling sampling, ObjectMapper mapper, Clock clock) {
        this.registry = registry;
        this.sampling = sampling;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Today in the service's zone: the day of a request that names none. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The credit class from the facts the caller supplies, as of the request's day or today. */
    public DecisionContext creditClassification(Caller caller, CreditClassificationRequest body, IdempotencyKey key) {
        LocalDate asOf = body.asOf() == null ? today() : body.asOf();
        return manifest(caller, DecisionType.CREDIT_CLASSIFICATION, body.enterpriseId(),
                new CreditClassificationRequest(body.enterpriseId(), body.enterpriseKind(), body.advancedCertified(),
                        Boolean.TRUE.equals(body.generalCertified()), body.priorYearDocumentCount(), asOf,
                        body.eventsOrEmpty()), asOf, key);
    }

    /** Whether an enterprise must register for FX, today. */
    public DecisionContext fxRegistration(Caller caller, FxRegistrationRequest body, IdempotencyKey key) {
        return manifest(caller, DecisionType.FX_REGISTRATION, body.enterpriseId(), body, today(), key);
    }

    /** An individual's FX settlement, today. */
    public DecisionContext fxIndividualSettlement(Caller caller, FxIndividualSettlementRequest body,
                                                  IdempotencyKey key) {
        return manifest(caller, DecisionType.FX_INDIVIDUAL_SETTLEMENT, null, body, today(), key);
    }

    /** An advance payment, today. */
    public DecisionContext fxAdvancePayment(Caller caller, FxAdvancePaymentRequest body, IdempotencyKey key) {
        return manifest(caller, DecisionType.FX_ADVANCE_PAYMENT, null, body, today(), key);
    }

    /** A retail import under the limits of its declaration day (today when it names none, recorded as given). */
    public DecisionContext retailImport(Caller caller, RetailImportRequest body, IdempotencyKey key) {
        LocalDate declared = body.declarationDate() == null ? today() : body.declarationDate();
        return manifest(caller, DecisionType.RETAIL_IMPORT, null, body.declaredOn(declared), declared, key);
    }

    /** A retail export's VAT treatment, as of the export day. */
    public DecisionContext retailExportTax(Caller caller, RetailExportTaxRequest body, IdempotencyKey key) {
        return manifest(caller, DecisionType.RETAIL_EXPORT_TAX, null, body, body.exportDate(), key);
    }

    /** Settlement on electronic transaction information, as of the settlement day. */
    public DecisionContext fxElectronicSettlement(Caller caller, FxElectronicSettlementRequest body,
                                                  IdempotencyKey key) {
        return manifest(caller, DecisionType.FX_ELECTRONIC_SETTLEMENT, null, body, body.settlementDate(), key);
    }

    /** Domestic FX loan conversion, as of the conversion day. */
    public DecisionContext fxLoanConversion(Caller caller, FxLoanConversionRequest body, IdempotencyKey key) {
        return manifest(caller, DecisionType.FX_LOAN_CONVERSION, body.enterpriseId(), body, body.conversionDate(),
                key);
    }

    /**
     * The credit classification of a registered enterprise from the registry's facts as of a day ({@code caller} null
     * for a classification that is only read, never recorded).
     */
    public DecisionContext creditFromRegistry(Caller caller, String enterpriseId, LocalDate asOf) {
        ObjectNode snapshot = registry.snapshot(enterpriseId, asOf);
        return new DecisionContext(DecisionType.CREDIT_CLASSIFICATION, null, caller, enterpriseId, asOf,
                RegistryFacts.creditInputs(snapshot), ReferenceData.registry(snapshot), null, null);
    }

    /**
     * Credit measures on the request's day (or today): for the class the request gives, or else for the class the
     * registry's facts give, which the decision classifies first (an enterprise the registry does not know is a 404).
     */
    public DecisionContext creditMeasures(Caller caller, CreditMeasuresRequest body, IdempotencyKey key) {
        LocalDate asOf = body.asOf() == null ? today() : body.asOf();
        if (body.creditClass() != null) {
            return manifest(caller, DecisionType.CREDIT_MEASURES, body.enterpriseId(),
                    new CreditMeasuresRequest(body.enterpriseId(), body.creditClass(), asOf), asOf, key);
        }
        ObjectNode snapshot = registry.snapshot(body.enterpriseId(), asOf);
        if (!snapshot.path("known").asBoolean()) {
            throw ApiException.notFound("enterprise " + body.enterpriseId()
                    + " is not in the registry: give its creditClass");
        }
        ObjectNode inputs = JsonNodeFactory.instance.objectNode();
        inputs.put("enterpriseId", body.enterpriseId());
        inputs.put("asOf", asOf.toString());
        return new DecisionContext(DecisionType.CREDIT_MEASURES, null, caller, body.enterpriseId(), asOf, inputs,
                new ReferenceData(snapshot, RegistryFacts.creditInputs(snapshot), null), recordKey(caller, key), key);
    }

    /**
     * Inspections of declarations, each as of its declaration date, with the registry's facts of that day (read once
     * per enterprise and day) and the configured sampling key. The declaration id is the key a retry is answered by;
     * the caller's key, when given, requires a stored declaration to have the same inputs.
     */
    public List<DecisionContext> inspections(Caller caller, List<InspectionRequest> declarations,
                                             IdempotencyKey key) {
        String keyId = sampling.current().keyId();
        Map<String, ObjectNode> snapshots = new HashMap<>();
        return declarations.stream().map(declaration -> {
            ObjectNode snapshot = snapshots.computeIfAbsent(declaration.enterpriseId() + "@"
                    + declaration.declarationDate(), k -> registry.snapshot(declaration.enterpriseId(),
                    declaration.declarationDate()));
            var referenceData = new ReferenceData(snapshot, RegistryFacts.creditInputs(snapshot),
                    new ReferenceData.Selection(keyId, declaration.declarationId()));
            return new DecisionContext(DecisionType.INSPECTION, null, caller, declaration.enterpriseId(),
                    declaration.declarationDate(), mapper.valueToTree(declaration), referenceData,
                    DecisionType.INSPECTION.id() + ":" + declaration.declarationId(), key);
        }).toList();
    }

    /**
     * A contract decision on the caller's inputs alone (the typed request, its defaults filled in), decided as of
     * {@code asOf}; with a key, a retry answers the record stored under it.
     */
    private DecisionContext manifest(Caller caller, DecisionType type, String enterpriseId, Object body,
                                     LocalDate asOf, IdempotencyKey key) {
        return new DecisionContext(type, null, caller, enterpriseId, asOf, mapper.valueToTree(body),
                ReferenceData.NONE, recordKey(caller, key), key);
    }

    /** Every decision of a DMN model of the active rule set, on today's date. */
    public DecisionContext model(Caller caller, String model, JsonNode inputs, IdempotencyKey key) {
        return new DecisionContext(null, model, caller, null, today(), inputs, ReferenceData.NONE,
                recordKey(caller, key), key);
    }

    private static String recordKey(Caller caller, IdempotencyKey key) {
        return key == null ? null : key.recordKey(caller.principal());
    }
}
