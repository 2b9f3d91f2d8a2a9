package org.credo.service.ruleset;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.credo.core.RuleSetDiff;
import org.credo.service.audit.TimeRange;
import org.credo.service.problem.ApiException;
import org.credo.service.problem.ApiProblem;
import org.credo.service.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** The rule lifecycle: upload, inspect, test, simulate, approve, reject, activate and roll back rule-set versions. */
@Path("/api/v1/rulesets")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rule sets")
public class RuleSetResource {
    /** The media type of a bundle. */
    public static final String ZIP = "application/zip";

    private final RuleSetLifecycle lifecycle;
    private final StoredBundles bundles;
    private final SimulationJobs simulations;
    private final RuleSetDiffs diffs;
    private final SecurityIdentity identity;

    public RuleSetResource(RuleSetLifecycle lifecycle, StoredBundles bundles, SimulationJobs simulations,
                           RuleSetDiffs diffs, SecurityIdentity identity) {
        this.lifecycle = lifecycle;
        this.bundles = bundles;
        this.simulations = simulations;
        this.diffs = diffs;
        this.identity = identity;
    }

    @POST
    @Consumes({ZIP, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Roles.RULE_AUTHOR)
    @Operation(summary = "Upload a bundle: 201 with a new DRAFT, 200 with the stored version of identical content, "
            + "422 with every problem located when it does not validate")
    @APIResponse(responseCode = "201", description = "A new draft",
            content = @Content(schema = @Schema(implementation = RuleSetView.class)))
    @APIResponse(responseCode = "200", description = "The stored version of identical content",
            content = @Content(schema = @Schema(implementation = RuleSetView.class)))
    public Response upload(byte[] zip) {
        RuleSetLifecycle.Upload upload = lifecycle.upload(zip, user());
        return Response.status(upload.created() ? 201 : 200)
                .location(URI.create("/api/v1/rulesets/" + upload.version().version()))
                .entity(upload.version()).build();
    }

    @GET
    @Operation(summary = "Every version, newest first")
    public List<RuleSetView> all() {
        return lifecycle.all();
    }

    @GET
    @Path("active")
    @Operation(summary = "The version this instance decides with")
    public RuleSetView active() {
        return lifecycle.deciding();
    }

    @GET
    @Path("transitions")
    @Operation(summary = "Every recorded state change of every version in [from, to), newest first")
    public List<TransitionView> transitions(@QueryParam("from") String from, @QueryParam("to") String to) {
        TimeRange range = TimeRange.parse(from, to);
        return lifecycle.transitions(range.from() == null ? Instant.EPOCH : range.from(),
                range.to() == null ? Instant.now().plusSeconds(86_400) : range.to());
    }

    @GET
    @Path("{version}")
    @Operation(summary = "One version")
    public RuleSetView one(@PathParam("version") String version) {
        return lifecycle.find(version).orElseThrow(() -> ApiException.notFound(
                "no rule-set version " + version));
    }

    @GET
    @Path("{version}/history")
    @Operation(summary = "The recorded state changes of one version, oldest first")
    public List<TransitionView> history(@PathParam("version") String version) {
        return lifecycle.history(version);
    }

    @GET
    @Path("{version}/bundle")
    @Produces(ZIP)
    @Operation(summary = "The version's bundle as a zip")
    public Response bundle(@PathParam("version") String version) {
        return Response.ok(bundles.zip(version), ZIP)
                .header("Content-Disposition", "attachment; filename=\"" + version + ".zip\"").build();
    }

    @GET
    @Path("{version}/diff")
    @Operation(summary = "What this version changes relative to another (default: the active version): manifest "
            + "keys, files, DMN decisions with table rules cell by cell and their legal basis, DRL rules")
    public RuleSetDiff diff(@PathParam("version") String version, @QueryParam("against") String against) {
        return diffs.diff(version, against);
    }

    @POST
    @Path("{version}/test")
    @RolesAllowed(Roles.RULE_AUTHOR)
    @Operation(summary = "Run the bundle's test scenarios (in the draft worker: 422 validation-timeout or "
            + "bundle-too-costly when they run past its deadline or heap)")
    public ScenarioRun test(@PathParam("version") String version) {
        return ScenarioRun.of(lifecycle.test(version));
    }

    @POST
    @Path("{version}/simulate")
    @RolesAllowed({Roles.RULE_AUTHOR, Roles.AUDITOR})
    @Operation(summary = "Re-decide the stored decisions of [from, to) (default: the last 30 days) with this "
            + "version and count what would change; bounded in range, decisions and time; records nothing; "
            + "runs as a simulation job and waits for its report")
    public SimulationReport simulate(@PathParam("version") String version, @QueryParam("from") String from,
                                     @QueryParam("to") String to) {
        return simulations.simulate(version, TimeRange.parse(from, to), user());
    }

    @POST
    @Path("{version}/simulations")
    @RolesAllowed({Roles.RULE_AUTHOR, Roles.AUDITOR})
    @Operation(summary = "Start simulating [from, to) with this version as a background job: 202 with its "
            + "Location; 503 simulation-busy while the limit of simulations runs")
    @APIResponse(responseCode = "202", description = "The job, started",
            content = @Content(schema = @Schema(implementation = SimulationJobView.class)))
    public Response startSimulation(@PathParam("version") String version, @QueryParam("from") String from,
                                    @QueryParam("to") String to) {
        SimulationJob job = simulations.start(version, TimeRange.parse(from, to), user());
        return Response.accepted(job.view()).location(URI.create(SimulationResource.PATH + "/" + job.id()))
                .build();
    }

    @POST
    @Path("{version}/approve")
    @RolesAllowed(Roles.RULE_APPROVER)
    @Operation(summary = "DRAFT → APPROVED, by an approver who is not the version's author")
    public RuleSetView approve(@PathParam("version") String version) {
        return lifecycle.approve(version, user());
    }

    @POST
    @Path("{version}/reject")
    @RolesAllowed(Roles.RULE_APPROVER)
    @Operation(summary = "DRAFT or APPROVED → REJECTED")
    public RuleSetView reject(@PathParam("version") String version) {
        return lifecycle.reject(version, user());
    }

    @POST
    @Path("{version}/activate")
    @RolesAllowed(Roles.RULE_APPROVER)
    @Operation(summary = "APPROVED, or RETIRED for a rollback, → ACTIVE, without restart; the active version "
            + "before becomes RETIRED")
    public RuleSetView activate(@PathParam("version") String version) {
        return lifecycle.activate(version, user());
    }

    @ServerExceptionMapper
    public Response invalidBundle(InvalidBundleException e) {
        return Response.status(e.body().status()).type(ApiProblem.MEDIA_TYPE).entity(e.body()).build();
    }

    @ServerExceptionMapper
    public Response workersBusy(DraftWorker.Busy e) {
        return Response.status(503).header("Retry-After", e.retryAfterSeconds()).type(ApiProblem.MEDIA_TYPE)
                .entity(e.toProblem()).build();
    }

    @ServerExceptionMapper
    public Response simulationBusy(SimulationGate.Busy e) {
        return Response.status(503).header("Retry-After", e.retryAfterSeconds()).type(ApiProblem.MEDIA_TYPE)
                .entity(e.toProblem()).build();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
