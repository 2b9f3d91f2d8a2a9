package org.credo.service.console;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.credo.service.audit.AuditResource;
import org.credo.service.audit.AuditStore;
import org.credo.service.audit.LogVerification;
import org.credo.service.contract.DecisionType;
import org.credo.service.decision.DecisionReplay;
import org.credo.service.problem.ApiException;
import org.credo.service.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * The auditor's pages: search stored decisions, read one with its trace, replay it, verify the chain, export a range.
 * Every endpoint is the auditor's, as on the API.
 */
@Path("/console")
@RolesAllowed(Roles.AUDITOR)
@Produces(MediaType.TEXT_HTML)
public class DecisionPages {
    private final ConsoleRequest request;
    private final DecisionSearch search;
    private final AuditStore store;
    private final DecisionReplay replay;
    private final AuditResource audit;
    private final ErrorPages errors;

    public DecisionPages(ConsoleRequest request, DecisionSearch search, AuditStore store, DecisionReplay replay,
                         AuditResource audit, ErrorPages errors) {
        this.request = request;
        this.search = search;
        this.store = store;
        this.replay = replay;
        this.audit = audit;
        this.errors = errors;
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance decisions(Chrome chrome, DecisionSearch.Result result, List<String> types);

        static native TemplateInstance decision(Chrome chrome, DecisionView decision);

        static native TemplateInstance replay(ReplayView replay);

        static native TemplateInstance verify(LogVerification verification);
    }

    /** A replay's verdict with both sides as JSON. */
    public record ReplayView(String decisionId, boolean identical, String original, String replayed) {
    }

    @GET
    @Path("/decisions")
    public TemplateInstance decisions(@QueryParam("enterpriseId") String enterpriseId, @QueryParam("type") String type,
                                      @QueryParam("outcome") String outcome, @QueryParam("from") String from,
                                      @QueryParam("to") String to, @QueryParam("rulesetVersion") String version,
                                      @QueryParam("page") @DefaultValue("0") int page) {
        var filter = new DecisionSearch.Filter(enterpriseId, type, outcome, from, to, version);
        return request.localized(Templates.decisions(request.chrome("decisions"),
                search.search(filter, Math.max(0, page)), DecisionType.ids()));
    }

    @GET
    @Path("/decisions/{decisionId}")
    public TemplateInstance decision(@PathParam("decisionId") String decisionId) {
        return request.localized(Templates.decision(request.chrome("decisions"),
                DecisionView.of(AuditResource.find(store, decisionId), request.lang())));
    }

    @POST
    @Path("/decisions/{decisionId}/replay")
    public TemplateInstance replay(@PathParam("decisionId") String decisionId) {
        ObjectNode answer = replay.replay(AuditResource.find(store, decisionId));
        return request.localized(Templates.replay(new ReplayView(decisionId, answer.path("identical").asBoolean(),
                Json.pretty(answer.path("original")), Json.pretty(answer.path("replayed")))));
    }

    @GET
    @Path("/audit/verify")
    public TemplateInstance verify() {
        return request.localized(Templates.verify(audit.verify(null, null)));
    }

    @GET
    @Path("/decisions/export")
    @Produces({"application/x-ndjson", "text/csv", MediaType.TEXT_HTML})
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("format") @DefaultValue("csv") String format) {
        return audit.export(from, to, format);
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
