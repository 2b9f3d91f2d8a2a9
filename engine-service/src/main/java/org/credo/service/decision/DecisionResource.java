package org.credo.service.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.credo.service.contract.CreditClassificationRequest;
import org.credo.service.contract.CreditMeasuresRequest;
import org.credo.service.contract.DecisionAnswers;
import org.credo.service.contract.FxAdvancePaymentRequest;
import org.credo.service.contract.FxElectronicSettlementRequest;
import org.credo.service.contract.FxIndividualSettlementRequest;
import org.credo.service.contract.FxLoanConversionRequest;
import org.credo.service.contract.FxRegistrationRequest;
import org.credo.service.contract.InspectionBatchRequest;
import org.credo.service.contract.InspectionRequest;
import org.credo.service.contract.RetailExportTaxRequest;
import org.credo.service.contract.RetailImportRequest;
import org.credo.service.problem.ApiException;
import org.credo.service.security.Roles;
import org.credo.service.validation.BoundedContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The decision endpoints of the contract (role decision-client). Each request becomes one {@link DecisionContext}
 * ({@link DecisionContexts}) that {@link DecisionService} decides and records; every answer is stored for audit
 * first; its reasons name each rule in the language {@code Accept-Language} asks for ({@link RuleLanguage}).
 */
@Path("/api/v1")
@RolesAllowed(Roles.DECISION_CLIENT)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions")
public class DecisionResource {
    private final DecisionContexts contexts;
    private final DecisionService decisions;
    private final SecurityIdentity identity;
    @Context
    HttpHeaders headers;

    public DecisionResource(DecisionContexts contexts, DecisionService decisions, SecurityIdentity identity) {
        this.contexts = contexts;
        this.decisions = decisions;
        this.identity = identity;
    }

    @POST
    @Path("/decisions/credit-classification")
    @Operation(summary = "Customs credit class of an enterprise from the facts the caller supplies")
    @APIResponse(responseCode = "200", description = "The decision, stored for audit",
            content = @Content(schema = @Schema(implementation = DecisionAnswers.CreditClassificationAnswer.class)))
    public ObjectNode creditClassification(@NotNull @Valid CreditClassificationRequest body,
            @HeaderParam(IdempotencyKey.HEADER) String key) {
        return decide(contexts.creditClassification(caller(), body, IdempotencyKey.parse(key)));
    }

    @POST
    @Path("/decisions/inspection")
    @Operation(summary = "Inspection rate and reproducible selection of one declaration")
    @APIResponse(responseCode = "200", description = "The decision, stored for audit",
            content = @Content(schema = @Schema(implementation = DecisionAnswers.InspectionAnswer.class)))
    public ObjectNode inspection(@NotNull @Valid InspectionRequest body,
            @HeaderParam(IdempotencyKey.HEADER) String key) {
        return decide(contexts.inspections(caller(), List.of(body), IdempotencyKey.parse(key)).get(0));
    }

    @POST
    @Path("/decisions/inspection/batch")
    @Operation(summary = "Up to 10,000 inspections, answered in the same order")
    @APIResponse(responseCode = "200", description = "The decision, stored for audit",
            content = @Content(schema = @Schema(implementation = DecisionAnswers.InspectionBatchAnswer.class)))
    public ObjectNode inspectionBatch(@NotNull @Valid InspectionBatchRequest body,
            @HeaderParam(IdempotencyKey.HEADER) String key) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        var results = answer.putArray("results");
        RuleLanguage language = language();
        decisions.decideAll(contexts.inspections(caller(), body.declarations(), IdempotencyKey.parse(key)))
                .forEach(r -> results.add(DecisionAnswer.of(r, language)));
        return answer;
    }

    @POST
    @Path("/decisions/fx-registration")
    @Operation(summary = "Whether a small or micro cross-border e-commerce enterprise must register for FX")
    @APIResponse(responseCode = "200", description = "The decision, stored for audit",
            content = @Content(schema = @Schema(implementation = DecisionAnswers.FxRegistrationAnswer.class)))
    public ObjectNode fxRegistration(@NotNull @Valid FxRegistrationRequest body,
            @HeaderParam(IdempotencyKey.HEADER) String key) {
        return decide(contexts.fxRegistration(caller(), body, IdempotencyKey.parse(key)));
    }

    @POST
    @Path("/decisions/fx-individual-settlement")
    @Operation(summary = "Quota and documents for an individual's FX settlement")
    @APIResponse(responseCode = "200", description = "The decision, stored for audit",
            content = @Content(schema = @Schema(implementation = DecisionAnswers.FxIndividualSettlementAnswer.class)))
    public ObjectNode fxIndividualSettlement(@NotNull @Valid FxIndividualSettlementRequest body,
            @HeaderParam(IdempotencyKey.HEADER) String key) {
        return decide(contexts.fxIndividualSettlement(caller(), body, IdempotencyKey.parse(key)));
    }

    @POST
    @Path("/decisions/fx-advance-payment")
    @Operation(summary = "Whether a logistics, postal or platform advance payment is allowed and must be filed")
    @APIResponse(responseCode = "200", description = "The decision, stored for audit",
            content = @Content(schema = @Schema(implementation = DecisionAnswers.FxAdvancePaymentAnswer.class)))
    public ObjectNode fxAdvancePayment(@NotNull @Valid FxAdvancePaymentRequest body,
            @HeaderParam(IdempotencyKey.HEADER) String key) {
        return decide(contexts.fxAdvancePayment(caller(), body, IdempotencyKey.parse(key)));
    }

    @POST
    @Path("/decisions/retail-import")
    @Operation(summary = "Cross-border retail import tax treatment under the limits in force on the declaration date")
    @APIResponse(responseCode = "200", description = "The decision, stored for audit",
            content = @Content(schema = @Schema(implementation = DecisionAnswers.RetailImportAnswer.class)))
    public ObjectNode retailImport(@NotNull @Valid RetailImportRequest body,
            @HeaderParam(IdempotencyKey.HEADER) String key) {
        return decide(contexts.retailImport(caller(), body, IdempotencyKey.parse(key)));
    }

    @POST
    @Path("/decisions/retail-export-tax")
    @Operation(summary = "VAT exemption and deemed profit of a cross-border retail export")
    @APIResponse(responseCode = "200", description = "The decision, stored for audit",
            content = @Content(schema = @Schema(implementation = DecisionAnswers.RetailExportTaxAnswer.class)))
    public ObjectNode retailExportTax(@NotNull @Valid RetailExportTaxRequest body,
            @HeaderParam(IdempotencyKey.HEADER) String key) {
        return decide(contexts.retailExportTax(caller(), body, IdempotencyKey.parse(key)));
    }

    @POST
    @Path("/decisions/credit-measures")
    @Operation(summary = "Customs management measures and public disclosure for a credit class on a day "
            + "(addition to the contract)")
    @APIResponse(responseCode = "200", description = "The decision, stored for audit",
            content = @Content(schema = @Schema(implementation = DecisionAnswers.CreditMeasuresAnswer.class)))
    public ObjectNode creditMeasures(@NotNull @Valid CreditMeasuresRequest body,
            @HeaderParam(IdempotencyKey.HEADER) String key) {
        return decide(contexts.creditMeasures(caller(), body, IdempotencyKey.parse(key)));
    }

    @POST
    @Path("/decisions/fx-electronic-settlement")
    @Operation(summary = "Whether a bank or payment institution may settle CBEC FX on electronic transaction "
            + "information, with the conditions met and missing (addition to the contract)")
    @APIResponse(responseCode = "200", description = "The decision, stored for audit",
            content = @Content(schema = @Schema(implementation = DecisionAnswers.ConditionsAnswer.class)))
    public ObjectNode fxElectronicSettlement(@NotNull @Valid FxElectronicSettlementRequest body,
            @HeaderParam(IdempotencyKey.HEADER) String key) {
        return decide(contexts.fxElectronicSettlement(caller(), body, IdempotencyKey.parse(key)));
    }

    @POST
    @Path("/decisions/fx-loan-conversion")
    @Operation(summary = "Whether a domestic FX loan with an export background may be converted "
            + "(addition to the contract)")
    @APIResponse(responseCode = "200", description = "The decision, stored for audit",
            content = @Content(schema = @Schema(implementation = DecisionAnswers.ConditionsAnswer.class)))
    public ObjectNode fxLoanConversion(@NotNull @Valid FxLoanConversionRequest body,
            @HeaderParam(IdempotencyKey.HEADER) String key) {
        return decide(contexts.fxLoanConversion(caller(), body, IdempotencyKey.parse(key)));
    }

    @POST
    @Path("/models/{modelName}/evaluate")
    @Operation(summary = "Evaluates every decision of an active DMN model with a JSON context")
    @APIResponse(responseCode = "200", description = "The decision, stored for audit",
            content = @Content(schema = @Schema(implementation = DecisionAnswers.ModelAnswer.class)))
    public ObjectNode evaluateModel(@PathParam("modelName") @Size(max = 200) String modelName,
                                    @NotNull @BoundedContext JsonNode body,
                                    @HeaderParam(IdempotencyKey.HEADER) String key) {
        if (!body.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object: the model's input context");
        }
        return decide(contexts.model(caller(), modelName, body, IdempotencyKey.parse(key)));
    }

    /** Decides, records and answers a request's context. */
    private ObjectNode decide(DecisionContext context) {
        return DecisionAnswer.of(decisions.decide(context), language());
    }

    private RuleLanguage language() {
        return RuleLanguage.of(headers.getHeaderString(RuleLanguage.HEADER));
    }

    private Caller caller() {
        return Caller.now(identity.getPrincipal().getName());
    }
}
