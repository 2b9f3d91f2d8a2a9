package org.credo.service.console;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A wrong password on the console's sign-in form goes back to the form with the error shown. Without this, the
 * failed {@code /j_security_check} would reach the API's problem+json mapper (authentication is lazy in this
 * service) and a person would read JSON.
 */
@ApplicationScoped
public class SignInFailure {
    static final String FORM_ACTION = "/j_security_check";
    static final String ERROR_PAGE = "/console/login?error=true";

    void install(@Observes Router router) {
        router.route(FORM_ACTION).order(Integer.MIN_VALUE + 1).failureHandler(ctx -> {
            if (ctx.failure() instanceof AuthenticationFailedException || ctx.statusCode() == 401) {
                ctx.response().setStatusCode(302).putHeader("Location", ERROR_PAGE).end();
                return;
            }
            ctx.next();
        });
    }
}
