package org.credo.service.console;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.credo.service.security.SignInThrottled;

/**
 * A wrong password on the console's sign-in form goes back to the form with the error shown; a throttled sign-in
 * gets a page with 429 and {@code Retry-After}. Without this, the failed {@code /j_security_check} would
 * reach the API's problem+json mapper (authentication is lazy in this service) and a person would read JSON.
 */
@ApplicationScoped
public class SignInFailure {
    static final String FORM_ACTION = "/j_security_check";
    static final String ERROR_PAGE = "/console/login?error=true";
    /** The page of a throttled sign-in, in both languages (the request may never have chosen one). */
    static final String THROTTLED_PAGE = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="UTF-8"><title>429 · Credo</title>
            <link rel="stylesheet" href="/console/console.css"></head>
            <body><main class="page"><div class="notice bad" id="login-throttled">
            <p lang="zh-CN">此账户或此地址登录失败次数过多，请在 %d 秒后再试。</p>
            <p lang="en">Too many failed sign-ins for this account or from this address. Try again in %d seconds.</p>
            <p><a href="/console/login">登录 · Sign in</a></p></div></main></body></html>
            """;

    void install(@Observes Router router) {
        router.route(FORM_ACTION).order(Integer.MIN_VALUE + 1).failureHandler(ctx -> {
            SignInThrottled throttled = throttled(ctx.failure());
            if (throttled != null) {
                ctx.response().setStatusCode(429).putHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()))
                        .putHeader("Content-Type", "text/html; charset=UTF-8")
                        .end(THROTTLED_PAGE.formatted(throttled.retryAfterSeconds(), throttled.retryAfterSeconds()));
                return;
            }
            if (ctx.failure() instanceof AuthenticationFailedException || ctx.statusCode() == 401) {
                ctx.response().setStatusCode(302).putHeader("Location", ERROR_PAGE).end();
                return;
            }
            ctx.next();
        });
    }

    private static SignInThrottled throttled(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SignInThrottled throttled) {
                return throttled;
            }
        }
        return null;
    }
}
