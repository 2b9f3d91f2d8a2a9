package org.credo.service.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.credo.service.problem.ApiException;

/**
 * The console's answers when an action is refused or fails: an HTML page with the server's reason, never the API's
 * problem+json. The console's resources map their exceptions here.
 */
@RequestScoped
public class ErrorPages {
    private final ConsoleRequest request;

    public ErrorPages(ConsoleRequest request) {
        this.request = request;
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance error(Chrome chrome, int status, boolean forbidden, String detail);
    }

    /** 403: the role does not allow it. */
    public Response forbidden(String detail) {
        return page(403, true, detail);
    }

    /** A refused or failed action with the service's reason. */
    public Response of(ApiException e) {
        return page(e.status(), e.status() == 403, e.getMessage());
    }

    /** A refused action with its status and the service's reason. */
    public Response of(int status, String detail) {
        return page(status, status == 403, detail);
    }

    private Response page(int status, boolean forbidden, String detail) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(request.localized(Templates.error(request.chrome("error"), status, forbidden, detail))
                        .render())
                .build();
    }
}
