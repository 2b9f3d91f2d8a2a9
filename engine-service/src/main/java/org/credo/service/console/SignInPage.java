package org.credo.service.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Set;

/**
 * Signing in and out. The form posts to Quarkus form authentication ({@code /j_security_check}), which checks the
 * same accounts as HTTP Basic on the API and keeps the session in an encrypted cookie.
 */
@Path("/console")
public class SignInPage {
    /** The cookie Quarkus form authentication keeps the session in. */
    static final String SESSION_COOKIE = "quarkus-credential";

    private final ConsoleRequest request;
    private final boolean demoAccounts;

    public SignInPage(ConsoleRequest request,
                      @ConfigProperty(name = "quarkus.security.users.embedded.enabled", defaultValue = "false")
                      boolean demoAccounts) {
        this.request = request;
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
        Chrome anonymous = request.chrome("login");
        return request.localized(Templates.login(new Chrome(anonymous.lang(), null, Set.of(), "login",
                anonymous.path()), failed, demoAccounts));
    }

    @GET
    @Path("/logout")
    public Response logout() {
        return Response.seeOther(URI.create("/console/login"))
                .cookie(new NewCookie.Builder(SESSION_COOKIE).path("/").maxAge(0).value("").build())
                .build();
    }
}
