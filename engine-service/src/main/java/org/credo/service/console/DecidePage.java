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
import org.credo.service.decision.Caller;
import org.credo.service.decision.DecisionContexts;
import org.credo.service.decision.DecisionService;
import org.credo.service.problem.ApiException;
import org.credo.service.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decisions by hand, for the decision-client role: a declaration's inspection at {@code /console/decide} and the
 * pilot-zone plan's decisions (credit measures, settlement on electronic transaction information, domestic FX loan
 * conversion) at {@code /console/decide/{decision}}. Each {@link DecisionForm} builds the same typed request as its
 * API endpoint, with the same validation, evaluation and audit record, through the same service.
 */
@Path("/console/decide")
@RolesAllowed(Roles.DECISION_CLIENT)
@Produces(MediaType.TEXT_HTML)
public class DecidePage {
    private final ConsoleRequest request;
    private final DecisionContexts contexts;
    private final DecisionService decisions;
    private final Validator validator;
    private final ObjectMapper mapper;
    private final SecurityIdentity identity;
    private final ErrorPages errors;

    public DecidePage(ConsoleRequest request, DecisionContexts contexts, DecisionService decisions,
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
        static native TemplateInstance decide(Chrome chrome, DecisionForm form, List<DecisionForm.Link> forms,
                                              List<String> violations, DecisionView decided);
    }

    @GET
    public TemplateInstance inspectionForm() {
        return page(form(DecisionForm.INSPECTION, Map.of()), List.of(), null);
    }

    @POST
    public TemplateInstance inspect(MultivaluedMap<String, String> posted) {
        return decide(form(DecisionForm.INSPECTION, values(posted)));
    }

    @GET
    @Path("{decision}")
    public TemplateInstance form(@PathParam("decision") String decision) {
        return page(form(decision, Map.of()), List.of(), null);
    }

    @POST
    @Path("{decision}")
    public TemplateInstance decide(@PathParam("decision") String decision, MultivaluedMap<String, String> posted) {
        return decide(form(decision, values(posted)));
    }

    private DecisionForm form(String page, Map<String, String> values) {
        return DecisionForm.of(page, Messages.in(request.lang()), values, contexts.today());
    }

    private static Map<String, String> values(MultivaluedMap<String, String> posted) {
        var values = new LinkedHashMap<String, String>();
        posted.forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0).trim()));
        return values;
    }

    private TemplateInstance decide(DecisionForm form) {
        return decide(form, form.request());
    }

    /** Reads, validates, decides and records the form's typed request; what cannot be read or is invalid is shown. */
    private <T> TemplateInstance decide(DecisionForm form, DecisionForm.Request<T> typed) {
        T body;
        try {
            body = mapper.treeToValue(json(form), typed.type());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return page(form, List.of(Messages.in(request.lang()).unreadableRequest()), null);
        }
        var violations = new ArrayList<String>();
        validator.validate(body).forEach(v -> violations.add(v.getPropertyPath() + ": " + v.getMessage()));
        if (!violations.isEmpty()) {
            return page(form, violations.stream().sorted().toList(), null);
        }
        var by = Caller.now(identity.getPrincipal().getName());
        return page(form, List.of(), DecisionView.of(decisions.decide(typed.context().of(contexts, by, body)),
                request.lang()));
    }

    /** The request body the form's values spell: yes/no as JSON booleans, decimals as numbers, empty ones left out. */
    private ObjectNode json(DecisionForm form) {
        ObjectNode json = mapper.createObjectNode();
        for (DecisionForm.Field field : form.fields()) {
            String value = field.value();
            if (value.isEmpty()) {
                continue;
            }
            if (field.kind().equals(DecisionForm.YES_NO) && (value.equals("true") || value.equals("false"))) {
                json.put(field.name(), Boolean.parseBoolean(value));
            } else if (field.kind().equals(DecisionForm.DECIMAL)) {
                json.put(field.name(), new BigDecimal(value));
            } else {
                json.put(field.name(), value);
            }
        }
        return json;
    }

    private TemplateInstance page(DecisionForm form, List<String> violations, DecisionView decided) {
        return request.localized(Templates.decide(request.chrome("decide"), form,
                form.otherForms(Messages.in(request.lang())), violations, decided));
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
