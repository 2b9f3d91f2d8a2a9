package org.credo.service.security;

import io.quarkus.elytron.security.runtime.ElytronPasswordIdentityProvider;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.OptionalLong;

/**
 * Every password sign-in (HTTP Basic on the API, the console's form) passes here before the accounts are asked:
 * a throttled account or address is refused unchecked ({@link SignInThrottled}, 429), a wrong password is counted,
 * a right one resets the account's count; a sign-in through the console's form also starts a server-side session.
 * Valid credentials cost two cache look-ups more than before.
 */
@ApplicationScoped
public class ThrottledPasswords implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    private final Instance<ElytronPasswordIdentityProvider> accounts;
    private final SignInThrottle throttle;
    private final ConsoleSessions sessions;
    private final String formPostLocation;

    public ThrottledPasswords(Instance<ElytronPasswordIdentityProvider> accounts, SignInThrottle throttle,
                              ConsoleSessions sessions,
                              @ConfigProperty(name = "quarkus.http.auth.form.post-location",
                                      defaultValue = "/j_security_check") String formPostLocation) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.sessions = sessions;
        this.formPostLocation = formPostLocation;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Before the accounts themselves (Elytron's providers answer 1001). */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        if (!accounts.isResolvable()) {
            return Uni.createFrom().nullItem();
        }
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String account = request.getUsername();
        String address = ClientAddress.of(routing);
        OptionalLong retryAfter = throttle.retryAfter(account, address);
        if (retryAfter.isPresent()) {
            return Uni.createFrom().failure(new SignInThrottled(retryAfter.getAsLong()));
        }
        return accounts.get().authenticate(request, context)
                .onFailure(AuthenticationFailedException.class).invoke(() -> throttle.failed(account, address))
                .onItem().transformToUni(identity -> {
                    throttle.succeeded(account, address);
                    if (routing == null || !formPostLocation.equals(routing.normalizedPath())) {
                        return Uni.createFrom().item(identity);
                    }
                    return context.runBlocking(() -> {
                        sessions.start(identity.getPrincipal().getName(), routing);
                        return identity;
                    });
                });
    }
}
