package org.credo.service.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.credo.service.audit.AuditRecord;
import org.credo.service.contract.InspectionRequest;
import org.credo.service.decision.Caller;
import org.credo.service.decision.DecisionContexts;
import org.credo.service.decision.DecisionService;
import org.credo.service.problem.ApiException;
import org.credo.service.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A declaration's inspection decision by hand, for the decision-client role: the same validation, evaluation and
 * audit record as {@code POST /api/v1/decisions/inspection}, through the same service.
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
        static native TemplateInstance decide(Chrome chrome, Map<String, String> form, List<String> modes,
                                              List<String> violations, DecisionView decided);
    }

    /** The customs modes and directions of the contract. */
    public static final List<String> CUSTOMS_MODES = List.of("9610", "9710", "9810", "1210", "1239", "0110");

    @GET
    public TemplateInstance form() {
        var form = Map.of("declarationId", "DECL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                "enterpriseId", "", "customsMode", "9610", "direction", "IMPORT", "declaredValueCny", "",
                "hsCode", "", "declarationDate", LocalDate.now(ConsoleExtensions.ZONE).toString());
        return page(form, List.of(), null);
    }

    @POST
    public TemplateInstance decide(@FormParam("declarationId") String declarationId,
                                   @FormParam("enterpriseId") String enterpriseId,
                                   @FormParam("customsMode") String customsMode,
                                   @FormParam("direction") String direction,
                                   @FormParam("declaredValueCny") String declaredValueCny,
                                   @FormParam("hsCode") String hsCode,
                                   @FormParam("declarationDate") String declarationDate) {
        var form = new LinkedHashMap<String, String>();
        form.put("declarationId", trim(declarationId));
        form.put("enterpriseId", trim(enterpriseId).toUpperCase());
        form.put("customsMode", trim(customsMode));
        form.put("direction", trim(direction));
        form.put("declaredValueCny", trim(declaredValueCny));
        form.put("hsCode", trim(hsCode));
        form.put("declarationDate", trim(declarationDate));
        ObjectNode json = mapper.createObjectNode();
        InspectionRequest declaration;
        try {
            form.forEach((name, value) -> {
                if (name.equals("declaredValueCny") && !value.isEmpty()) {
                    json.put(name, new BigDecimal(value));
                } else if (!value.isEmpty()) {
                    json.put(name, value);
                }
            });
            declaration = mapper.treeToValue(json, InspectionRequest.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            return page(form, List.of(Messages.in(request.lang()).unreadableDeclaration()), null);
        }
        var violations = new ArrayList<String>();
        for (ConstraintViolation<InspectionRequest> v : validator.validate(declaration)) {
            violations.add(v.getPropertyPath() + ": " + v.getMessage());
        }
        if (!violations.isEmpty()) {
            return page(form, violations.stream().sorted().toList(), null);
        }
        AuditRecord record = decisions.decide(contexts.inspections(Caller.now(identity.getPrincipal().getName()),
                List.of(declaration), null).get(0));
        return page(form, List.of(), DecisionView.of(record, request.lang()));
    }

    private TemplateInstance page(Map<String, String> form, List<String> violations, DecisionView decided) {
        return request.localized(Templates.decide(request.chrome("decide"), form, CUSTOMS_MODES, violations, decided));
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
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
