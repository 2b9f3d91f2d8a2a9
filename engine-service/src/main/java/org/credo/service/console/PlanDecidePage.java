package org.credo.service.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.credo.service.audit.AuditRecord;
import org.credo.service.contract.CreditMeasuresRequest;
import org.credo.service.decision.Caller;
import org.credo.service.decision.DecisionContexts;
import org.credo.service.decision.DecisionService;
import org.credo.service.contract.FxElectronicSettlementRequest;
import org.credo.service.contract.FxLoanConversionRequest;
import org.credo.service.problem.ApiException;
import org.credo.service.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pilot-zone plan's decisions by hand, for the decision-client role: credit measures, settlement on electronic
 * transaction information and domestic FX loan conversion. Each form builds the same typed request as its API
 * endpoint, with the same validation, evaluation and audit record, through the same service.
 */
@Path("/console/decide/{decision}")
@RolesAllowed(Roles.DECISION_CLIENT)
@Produces(MediaType.TEXT_HTML)
public class PlanDecidePage {
    private final ConsoleRequest request;
    private final DecisionContexts contexts;
    private final DecisionService decisions;
    private final Validator validator;
    private final ObjectMapper mapper;
    private final SecurityIdentity identity;
    private final ErrorPages errors;

    public PlanDecidePage(ConsoleRequest request, DecisionContexts contexts, DecisionService decisions,
                          Validator validator, ObjectMapper mapper, SecurityIdentity identity, ErrorPages errors) {
        this.request = request;
        this.contexts = contexts;
        this.decisions = decisions;
        this.validator = validator;
        this.mapper = mapper;
        this.identity = identity;
        this.errors = errors;
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance decidePlan(Chrome chrome, PlanForm form, List<PlanForm.Link> forms,
                                                  List<String> violations, DecisionView decided);
    }

    @GET
    public TemplateInstance form(@PathParam("decision") String decision) {
        PlanForm form = PlanForm.of(decision, Messages.in(request.lang()), Map.of());
        return page(form, List.of(), null);
    }

    @POST
    public TemplateInstance decide(@PathParam("decision") String decision, MultivaluedMap<String, String> posted) {
        var values = new LinkedHashMap<String, String>();
        posted.forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0).trim()));
        PlanForm form = PlanForm.of(decision, Messages.in(request.lang()), values);
        Object body;
        try {
            body = mapper.treeToValue(json(form), form.requestType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return page(form, List.of(Messages.in(request.lang()).unreadableRequest()), null);
        }
        var violations = new ArrayList<String>();
        validator.validate(body).forEach(v -> violations.add(v.getPropertyPath() + ": " + v.getMessage()));
        if (!violations.isEmpty()) {
            return page(form, violations.stream().sorted().toList(), null);
        }
        return page(form, List.of(), DecisionView.of(decide(body), request.lang()));
    }

    /** The request body the form's values spell: yes/no as JSON booleans, empty values left out. */
    private ObjectNode json(PlanForm form) {
        ObjectNode json = mapper.createObjectNode();
        for (PlanForm.Field field : form.fields()) {
            String value = field.value();
            if (value.isEmpty()) {
                continue;
            }
            if (field.kind().equals(PlanForm.YES_NO) && (value.equals("true") || value.equals("false"))) {
                json.put(field.name(), Boolean.parseBoolean(value));
            } else {
                json.put(field.name(), value);
            }
        }
        return json;
    }

    private AuditRecord decide(Object body) {
        var by = Caller.now(identity.getPrincipal().getName());
        if (body instanceof CreditMeasuresRequest measures) {
            return decisions.decide(contexts.creditMeasures(by, measures, null));
        }
        if (body instanceof FxElectronicSettlementRequest settlement) {
            return decisions.decide(contexts.fxElectronicSettlement(by, settlement, null));
        }
        return decisions.decide(contexts.fxLoanConversion(by, (FxLoanConversionRequest) body, null));
    }

    private TemplateInstance page(PlanForm form, List<String> violations, DecisionView decided) {
        return request.localized(Templates.decidePlan(request.chrome("decide"), form,
                PlanForm.links(Messages.in(request.lang())), violations, decided));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return errors.forbidden(null);
    }

    @ServerExceptionMapper
    public Response refused(ApiException e) {
        return errors.of(e);
    }
}
