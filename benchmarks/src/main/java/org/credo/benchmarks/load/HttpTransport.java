package org.credo.benchmarks.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Posts JSON bodies with the JDK's HTTP client over HTTP/1.1 keep-alive connections. The client opens a connection
 * only when no idle one is free, so the sender's bound on requests in flight bounds the connections too. Answers are
 * read and discarded; only the status counts.
 */
final class HttpTransport implements FixedRateSender.Transport, AutoCloseable {
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        var thread = new Thread(runnable, "load-http");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(executor).build();
    private final URI uri;
    private final String authorization;
    private final Duration timeout;

    HttpTransport(URI uri, String authorization, Duration timeout) {
        this.uri = uri;
        this.authorization = authorization;
        this.timeout = timeout;
    }

    @Override
    public CompletableFuture<Integer> send(byte[] body) {
        var request = HttpRequest.newBuilder(uri).timeout(timeout).header("Content-Type", "application/json")
                .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
