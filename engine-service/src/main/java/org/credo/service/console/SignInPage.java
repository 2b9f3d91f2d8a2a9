package org.credo.service.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.credo.service.security.ConsoleSessions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
/**
 * Signing in and out. The form posts to Quarkus form authentication ({@code /j_security_check}), which checks the
 * same accounts as HTTP Basic on the API and keeps the session in an encrypted cookie; signing out also ends the
 * server-side session ({@link ConsoleSessions}), so the old cookies are refused afterwards.
 */
@Path("/console")
public class SignInPage {
    /** The cookie Quarkus form authentication keeps the session in. */
    static final String SESSION_COOKIE = "quarkus-credential";

    private final ConsoleRequest request;
    private final RoutingContext routing;
    private final ConsoleSessions sessions;
    private final boolean demoAccounts;

    public SignInPage(ConsoleRequest request, RoutingContext routing, ConsoleSessions sessions,
                      @ConfigProperty(name = "quarkus.security.users.embedded.enabled", defaultValue = "false")
                      boolean demoAccounts) {
        this.request = request;
        this.routing = routing;
        this.sessions = sessions;
        this.demoAccounts = demoAccounts;
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance login(Chrome chrome, boolean failed, boolean demoAccounts);
    }

    @GET
    @Path("/login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("error") boolean failed) {
        return request.localized(Templates.login(request.signInChrome(), failed, demoAccounts));
    }

    @POST
    @Path("/logout")
    @Blocking
    public Response logout() {
        sessions.end(routing);
        return Response.seeOther(URI.create("/console/login"))
                .cookie(new NewCookie.Builder(SESSION_COOKIE).path("/").maxAge(0).value("").build())
                .build();
    }
}
