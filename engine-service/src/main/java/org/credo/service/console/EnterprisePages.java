package org.credo.service.console;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.credo.service.audit.AuditRecord;
import org.credo.service.audit.AuditStore;
import org.credo.service.contract.DecisionType;
import org.credo.service.decision.Caller;
import org.credo.service.decision.DecisionContexts;
import org.credo.service.decision.DecisionService;
import org.credo.service.problem.ApiException;
import org.credo.service.problem.QueryParams;
import org.credo.service.registry.CreditEvent;
import org.credo.service.registry.Enterprise;
import org.credo.service.registry.Registry;
import org.credo.service.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The registry as people read it: enterprises, each with its credit facts and classification history, and the
 * "classify as of" action, which is the API's audited classification from the stored facts (any role).
 */
@Path("/console/enterprises")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class EnterprisePages {
    private static final int PAGE_SIZE = 25;

    private final ConsoleRequest request;
    private final Registry registry;
    private final CreditHistory history;
    private final DecisionContexts contexts;
    private final DecisionService decisions;
    private final AuditStore store;
    private final SecurityIdentity identity;
    private final ErrorPages errors;
    private final Clock clock;

    public EnterprisePages(ConsoleRequest request, Registry registry, CreditHistory history,
                           DecisionContexts contexts, DecisionService decisions, AuditStore store,
                           SecurityIdentity identity, ErrorPages errors, Clock clock) {
        this.request = request;
        this.registry = registry;
        this.history = history;
        this.contexts = contexts;
        this.decisions = decisions;
        this.store = store;
        this.identity = identity;
        this.errors = errors;
        this.clock = clock;
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance enterprises(Chrome chrome, String query, List<Enterprise> enterprises,
                                                   int page, boolean hasNext);

        static native TemplateInstance enterprise(Chrome chrome, EnterpriseView view);
    }

    /**
     * One enterprise's page.
     *
     * @param recorded the audited classifications of this enterprise, newest first (auditors only)
     * @param decided  the classification just made from this page, if any
     */
    public record EnterpriseView(Enterprise enterprise, List<CreditEvent> events, List<CreditHistory.Period> history,
                                 List<AuditRecord> recorded, AuditRecord decided, LocalDate today) {
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance enterprises(@QueryParam("q") String query,
                                        @QueryParam("page") @DefaultValue("0") int page) {
        String q = query == null ? "" : query.trim();
        PanacheQuery<Enterprise> found = q.isEmpty() ? Enterprise.findAll(Sort.by("name"))
                : Enterprise.find("lower(name) like ?1 or enterpriseId like ?2", Sort.by("name"),
                "%" + q.toLowerCase() + "%", q.toUpperCase() + "%");
        int p = Math.max(0, page);
        List<Enterprise> list = found.page(p, PAGE_SIZE).list();
        return request.localized(Templates.enterprises(request.chrome("enterprises"), q, list, p,
                found.pageCount() > p + 1));
    }

    @GET
    @Path("/{enterpriseId}")
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance enterprise(@PathParam("enterpriseId") String enterpriseId,
                                       @QueryParam("decided") String decided) {
        registry.require(enterpriseId);
        Enterprise enterprise = Enterprise.findById(enterpriseId);
        LocalDate today = LocalDate.now(clock);
        List<CreditEvent> events = CreditEvent.list("enterpriseId = ?1 order by occurredOn, eventId", enterpriseId);
        List<AuditRecord> recorded = identity.hasRole(Roles.AUDITOR)
                ? store.search(new AuditStore.SearchFilter(enterpriseId, DecisionType.CREDIT_CLASSIFICATION.id(), null,
                null, null), 0, 20).items()
                : List.of();
        AuditRecord justDecided = decided == null ? null : store.byId(decided)
                .filter(r -> enterpriseId.equals(r.enterpriseId())).orElse(null);
        return request.localized(Templates.enterprise(request.chrome("enterprises"), new EnterpriseView(enterprise,
                events, history.of(enterpriseId, events, today), recorded, justDecided, today)));
    }

    /** The audited classification as of a day, as {@code POST /api/v1/enterprises/{id}/credit?asOf=} makes it. */
    @POST
    @Path("/{enterpriseId}/classify")
    public Response classify(@PathParam("enterpriseId") String enterpriseId, @FormParam("asOf") String asOf) {
        LocalDate day = QueryParams.date("asOf", asOf, LocalDate.now(clock));
        registry.require(enterpriseId);
        AuditRecord record = decisions.decide(contexts.creditFromRegistry(
                Caller.now(identity.getPrincipal().getName()), enterpriseId, day));
        return Response.seeOther(URI.create("/console/enterprises/" + Urls.encode(enterpriseId) + "?decided="
                + record.decisionId())).build();
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
