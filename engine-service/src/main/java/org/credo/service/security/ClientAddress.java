package org.credo.service.security;

import io.vertx.ext.web.RoutingContext;

/**
 * The client address a request came from, as Vert.x sees it: the peer, or the forwarded client when
 * {@code quarkus.http.proxy.*} trusts the proxy in front.
 */
final class ClientAddress {
    private ClientAddress() {
    }

    static String of(RoutingContext routing) {
        if (routing == null || routing.request().remoteAddress() == null) {
            return "unknown";
        }
        return routing.request().remoteAddress().hostAddress();
    }
}
