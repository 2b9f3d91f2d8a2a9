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
import org.credo.core.RuleDescriptor;
import org.credo.core.Bundle;
import org.credo.core.RuleSetDiff;
import org.credo.core.RuleSetTables;
import org.credo.core.ScenarioReport;
import org.credo.service.audit.TimeRange;
import org.credo.service.problem.ApiException;
import org.credo.service.ruleset.BundleProblem;
import org.credo.service.ruleset.InvalidBundleException;
import org.credo.service.ruleset.RuleSetDiffs;
import org.credo.service.ruleset.RuleSetLifecycle;
import org.credo.service.ruleset.RuleSetView;
import org.credo.service.ruleset.SimulationJob;
import org.credo.service.ruleset.SimulationJobView;
import org.credo.service.ruleset.SimulationJobs;
import org.credo.service.ruleset.StoredBundles;
import org.credo.service.ruleset.TransitionView;
import org.credo.service.security.Roles;
import org.credo.service.security.UserNames;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

/**
 * The rule lifecycle for people: versions with their state, upload with the validation report, the DMN tables and
 * DRL rules of a version (read from its stored files and what the draft worker listed: a draft is never compiled
 * here), its scenarios, a simulation, and the four-eyes transitions. Every action goes through the
 * lifecycle service with the API's roles; the page shows a button only to those the server would let through.
 */
@Path("/console/rulesets")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RuleSetPages {
    private final ConsoleRequest request;
    private final RuleSetLifecycle lifecycle;
    private final StoredBundles bundles;
    private final SimulationJobs simulations;
    private final RuleSetDiffs diffs;
    private final SecurityIdentity identity;
    private final ErrorPages errors;

    public RuleSetPages(ConsoleRequest request, RuleSetLifecycle lifecycle, StoredBundles bundles,
                        SimulationJobs simulations, RuleSetDiffs diffs, SecurityIdentity identity,
                        ErrorPages errors) {
        this.request = request;
        this.lifecycle = lifecycle;
        this.bundles = bundles;
        this.simulations = simulations;
        this.diffs = diffs;
        this.identity = identity;
        this.errors = errors;
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance rulesets(Chrome chrome, List<RuleSetView> versions, UploadReport report);

        static native TemplateInstance ruleset(Chrome chrome, VersionPage page);

        static native TemplateInstance scenarios(ScenarioReport report);

        static native TemplateInstance simulation(SimulationJobView job, String csrfToken);
    }

    /** The validation report of a refused upload. */
    public record UploadReport(String fileName, String version, String detail, List<BundleProblem> problems) {
    }

    /**
     * One version's page.
     *
     * @param notice   what the last action did ({@code uploaded}, {@code identical}, {@code approved} …), or null
     * @param isAuthor whether the signed-in user wrote this version (and so may not approve it)
     * @param diff     what this version changes against the active version; null when it is the active one
     */
    public record VersionPage(RuleSetView version, List<TransitionView> history, List<RuleSetTables.Model> models,
                              List<RuleDescriptor> drlRules, String notice, boolean isAuthor, LocalDate today,
                              RuleSetDiff diff) {
        public boolean canApprove() {
            return version.state().name().equals("DRAFT") && !isAuthor;
        }

        public boolean canReject() {
            return version.state().canBeRejected();
        }

        public boolean canActivate() {
            return version.state().canBeActivated();
        }

        /** The start the simulation form proposes: thirty days back. */
        public LocalDate simulateFrom() {
            return today.minusDays(30);
        }

        public boolean isRollback() {
            return version.state().name().equals("RETIRED");
        }
    }

    @GET
    public TemplateInstance versions() {
        return request.localized(Templates.rulesets(request.chrome("rulesets"), lifecycle.all(), null));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.RULE_AUTHOR)
    public Response upload(@RestForm("bundle") FileUpload bundle) {
        if (bundle == null || bundle.uploadedFile() == null) {
            throw ApiException.badRequest(Messages.in(request.lang()).chooseBundle());
        }
        byte[] zip;
        try {
            zip = Files.readAllBytes(bundle.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            RuleSetLifecycle.Upload upload = lifecycle.upload(zip, user());
            return Response.seeOther(URI.create("/console/rulesets/" + upload.version().version() + "?notice="
                    + (upload.created() ? "uploaded" : "identical"))).build();
        } catch (InvalidBundleException e) {
            var report = new UploadReport(bundle.fileName(), e.body().version(), e.body().detail(),
                    e.body().problems());
            return Response.status(e.body().status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(request.localized(Templates.rulesets(request.chrome("rulesets"), lifecycle.all(),
                            report)).render())
                    .build();
        }
    }

    @GET
    @Path("/{version}")
    public TemplateInstance version(@PathParam("version") String version, @QueryParam("notice") String notice) {
        RuleSetView view = lifecycle.find(version).orElseThrow(() -> ApiException.notFound(
                "no rule-set version " + version));
        var page = new VersionPage(view, lifecycle.history(version),
                RuleSetTables.of(Bundle.fromZip(bundles.zip(version))).models(), lifecycle.drlRules(version), notice,
                UserNames.same(view.author(), user()), LocalDate.now(ConsoleExtensions.ZONE),
                view.deciding() ? null : diffs.diff(version, null));
        return request.localized(Templates.ruleset(request.chrome("rulesets"), page));
    }

    /** The version's bundle, for people: the API's download takes HTTP Basic or a bearer token, not the console's. */
    @GET
    @Path("/{version}/bundle")
    @Produces("application/zip")
    public Response bundle(@PathParam("version") String version) {
        return Response.ok(bundles.zip(version), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + version + ".zip\"").build();
    }

    @POST
    @Path("/{version}/test")
    @RolesAllowed(Roles.RULE_AUTHOR)
    public TemplateInstance test(@PathParam("version") String version) {
        return request.localized(Templates.scenarios(lifecycle.test(version)));
    }

    @POST
    @Path("/{version}/simulate")
    @RolesAllowed({Roles.RULE_AUTHOR, Roles.AUDITOR})
    public TemplateInstance simulate(@PathParam("version") String version, @FormParam("from") String from,
                                     @FormParam("to") String to) {
        return jobFragment(simulations.start(version, TimeRange.parse(from, to), user()).view());
    }

    /** A simulation job's progress, polled by the page until the job ended, then its report. */
    @GET
    @Path("/{version}/simulations/{id}")
    @RolesAllowed({Roles.RULE_AUTHOR, Roles.AUDITOR})
    public TemplateInstance simulation(@PathParam("version") String version, @PathParam("id") String id) {
        return jobFragment(job(version, id).view());
    }

    @POST
    @Path("/{version}/simulations/{id}/cancel")
    @RolesAllowed({Roles.RULE_AUTHOR, Roles.AUDITOR})
    public TemplateInstance cancelSimulation(@PathParam("version") String version, @PathParam("id") String id) {
        return jobFragment(simulations.cancel(job(version, id).id()).view());
    }

    private SimulationJob job(String version, String id) {
        var job = simulations.get(id);
        if (!job.version().equals(version)) {
            throw ApiException.notFound("no simulation " + id + " of version " + version);
        }
        return job;
    }

    private TemplateInstance jobFragment(SimulationJobView job) {
        return request.localized(Templates.simulation(job, request.chrome("rulesets").csrfToken()));
    }

    @POST
    @Path("/{version}/approve")
    @RolesAllowed(Roles.RULE_APPROVER)
    public Response approve(@PathParam("version") String version) {
        lifecycle.approve(version, user());
        return back(version, "approved");
    }

    @POST
    @Path("/{version}/reject")
    @RolesAllowed(Roles.RULE_APPROVER)
    public Response reject(@PathParam("version") String version) {
        lifecycle.reject(version, user());
        return back(version, "rejected");
    }

    @POST
    @Path("/{version}/activate")
    @RolesAllowed(Roles.RULE_APPROVER)
    public Response activate(@PathParam("version") String version) {
        lifecycle.activate(version, user());
        return back(version, "activated");
    }

    private static Response back(String version, String notice) {
        return Response.seeOther(URI.create("/console/rulesets/" + version + "?notice=" + notice)).build();
    }

    private String user() {
        return identity.getPrincipal().getName();
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
