package org.credo.service.ruleset;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load of single inspection decisions: {@code clients} threads, each deciding one fresh declaration
 * after another for a while, spread round-robin over the given instances. Counts answers by class.
 */
final class ConcurrentDecisions {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** What a run did. */
    record Outcome(long ok, long failed, Duration elapsed, List<String> failures) {
        double perSecond() {
            return ok * 1000.0 / Math.max(1, elapsed.toMillis());
        }
    }

    Outcome run(List<ServiceInstance> instances, int clients, Duration duration) throws Exception {
        var ok = new AtomicLong();
        var failed = new AtomicLong();
        var failures = java.util.Collections.synchronizedList(new ArrayList<String>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try {
            var running = new ArrayList<Future<?>>();
            for (int i = 0; i < clients; i++) {
                ServiceInstance instance = instances.get(i % instances.size());
                String authorization = instance.authorization("customs");
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                                        instance.uri("/api/v1/decisions/inspection"))
                                .header("Authorization", authorization).header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofString(declaration())).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() / 100 == 2) {
                            ok.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                            if (failures.size() < 5) {
                                failures.add(answer.statusCode() + " " + answer.body());
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(ok.get(), failed.get(), Duration.ofNanos(System.nanoTime() - start), List.copyOf(failures));
    }

    private static String declaration() {
        return """
                {"declarationId": "LOAD-%s", "enterpriseId": "91350100M000100Y43", "customsMode": "9710",
                 "direction": "EXPORT", "declaredValueCny": 5200.00, "hsCode": "0306170000",
                 "declarationDate": "2026-11-26"}""".formatted(UUID.randomUUID());
    }
}
