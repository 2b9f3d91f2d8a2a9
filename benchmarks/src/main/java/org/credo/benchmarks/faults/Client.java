package org.credo.benchmarks.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Function;

/** Calls one running service over HTTP/1.1 with the JDK client, as a given user. */
final class Client {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Function<String, String> authorization;

    /** @param authorization the Authorization header for a user name (Basic on H2, a bearer token on production) */
    Client(int port, Function<String, String> authorization) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = authorization;
    }

    /** Posts one inspection declaration as {@code customs}; never throws: no answer is an answer too. */
    Answer inspect(String declarationId) {
        return send(declarationId, HttpRequest.newBuilder(URI.create(base + "/api/v1/decisions/inspection"))
                .header("Content-Type", "application/json").header("Authorization", authorization.apply("customs"))
                .POST(HttpRequest.BodyPublishers.ofString(declaration(declarationId))));
    }

    /** A GET as {@code user}; never throws. */
    Answer get(String path, String user) {
        return send(path, HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization.apply(user)).GET());
    }

    private Answer send(String name, HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(name, response.statusCode(), response.headers().firstValue("Content-Type")
                    .orElse(null), response.headers().firstValue("Retry-After").orElse(null), response.body(), null,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            return Answer.none(name, e, (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.none(name, e, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static String declaration(String id) {
        return "{\"declarationId\":\"" + id + "\",\"enterpriseId\":\"91350600MA2Y8K3F13\",\"customsMode\":\"9610\","
                + "\"direction\":\"EXPORT\",\"hsCode\":\"8471300000\",\"declaredValueCny\":5200.00,"
                + "\"declarationDate\":\"2026-11-26\"}";
    }
}
