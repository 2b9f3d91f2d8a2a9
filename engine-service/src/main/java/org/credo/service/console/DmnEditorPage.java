package org.credo.service.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.credo.core.Bundle;
import org.credo.service.problem.ApiException;
import org.credo.service.ruleset.BundleProblem;
import org.credo.service.ruleset.InvalidBundleException;
import org.credo.service.ruleset.KeptDecisions;
import org.credo.service.ruleset.RuleSetLifecycle;
import org.credo.service.ruleset.RuleSetView;
import org.credo.service.ruleset.StoredBundles;
import org.credo.service.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The DMN editor of a version: its DMN files open in bpmn.io's dmn-js (the decision requirements diagram, decision
 * tables with their annotation columns, literal expressions), served from the console's static resources; saving
 * posts the edited files to {@link DraftFromEditor}. Everyone signed in may read; only a rule author may save.
 */
@Path("/console/rulesets/{version}/editor")
@Authenticated
public class DmnEditorPage {
    /** The dmn-js version under {@code /console/vendor/dmn-js/} (tools/vendor-dmn-js.sh). */
    public static final String DMN_JS = "17.8.1";

    private final ConsoleRequest request;
    private final RuleSetLifecycle lifecycle;
    private final StoredBundles bundles;
    private final KeptDecisions kept;
    private final SecurityIdentity identity;
    private final ErrorPages errors;

    public DmnEditorPage(ConsoleRequest request, RuleSetLifecycle lifecycle, StoredBundles bundles,
                         KeptDecisions kept, SecurityIdentity identity, ErrorPages errors) {
        this.request = request;
        this.lifecycle = lifecycle;
        this.bundles = bundles;
        this.kept = kept;
        this.identity = identity;
        this.errors = errors;
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance editor(Chrome chrome, EditorView page);
    }

    /**
     * What the editor page shows.
     *
     * @param files  the version's DMN files (bundle paths)
     * @param notice {@code saved} after a save created this draft, {@code identical} when it matched a stored version
     */
    public record EditorView(RuleSetView version, List<String> files, String notice, String dmnJs) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance editor(@PathParam("version") String version, @QueryParam("notice") String notice) {
        RuleSetView view = lifecycle.find(version).orElseThrow(() -> ApiException.notFound(
                "no rule-set version " + version));
        List<String> files = Bundle.fromZip(bundles.zip(version)).files().keySet().stream()
                .filter(f -> f.endsWith(".dmn")).toList();
        return request.localized(Templates.editor(request.chrome("rulesets"),
                new EditorView(view, files, notice, DMN_JS)));
    }

    /** One DMN file of the version, as dmn-js imports it. */
    @GET
    @Path("/model")
    @Produces("application/xml")
    public byte[] model(@PathParam("version") String version, @QueryParam("file") String file) {
        byte[] content = file == null || !file.endsWith(".dmn") ? null
                : Bundle.fromZip(bundles.zip(version)).files().get(file);
        if (content == null) {
            throw ApiException.notFound("no DMN file " + file + " in version " + version);
        }
        return content;
    }

    /** Keeps a stored decision as a scenario of a new draft of this version, then opens the draft's editor. */
    @POST
    @Path("/kept-decisions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.RULE_AUTHOR)
    public Response keep(@PathParam("version") String version, @FormParam("decisionId") String decisionId) {
        if (decisionId == null || decisionId.isBlank()) {
            throw ApiException.invalid("decisionId", Messages.in(request.lang()).keepDecisionLabel());
        }
        RuleSetLifecycle.Upload upload = kept.keep(decisionId.strip(), version, identity.getPrincipal().getName());
        return Response.seeOther(URI.create("/console/rulesets/" + upload.version().version()
                + "/editor?notice=kept")).build();
    }

    /** A kept decision whose new draft does not validate: the reason and each problem (a failing scenario …). */
    @ServerExceptionMapper
    public Response refusedBundle(InvalidBundleException e) {
        var problems = e.body().problems() == null ? List.<BundleProblem>of() : e.body().problems();
        return errors.of(e.body().status(), e.body().detail() + problems.stream()
                .map(p -> " · " + p.file() + ": " + p.message()).collect(Collectors.joining()));
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
