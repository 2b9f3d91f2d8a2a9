package org.credo.service.security;

import io.quarkus.elytron.security.runtime.ElytronTrustedIdentityProvider;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * A console session cookie restored by Quarkus form authentication counts only while its server-side session lives
 * ({@link ConsoleSessions}); otherwise the request is unauthenticated and the console sends it to the sign-in form.
 */
@ApplicationScoped
public class LiveSessions implements IdentityProvider<TrustedAuthenticationRequest> {
    private final Instance<ElytronTrustedIdentityProvider> accounts;
    private final ConsoleSessions sessions;

    public LiveSessions(Instance<ElytronTrustedIdentityProvider> accounts, ConsoleSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    /** Before the accounts themselves (Elytron's providers answer 1001). */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        if (!accounts.isResolvable()) {
            return Uni.createFrom().nullItem();
        }
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        return context.runBlocking(() -> {
            if (routing == null || !sessions.live(routing, request.getPrincipal())) {
                throw new AuthenticationFailedException("the console session has ended");
            }
            return null;
        }).onItem().transformToUni(live -> accounts.get().authenticate(request, context));
    }
}
