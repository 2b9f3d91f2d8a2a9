package org.credo.benchmarks.load;

import java.io.PrintStream;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Open-loop, fixed-rate load on the inspection endpoint of a running Credo service: requests start at scheduled
 * times whatever the server does, and latency is measured from each request's intended start (coordinated omission
 * corrected). Prints p50/p90/p99/p99.9/max, the achieved rate, errors and one line per second.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.credo.benchmarks.load.FixedRateLoad \
 *      [--rate 1000] [--duration 30] [--warmup 10] [--batch 0] [--connections 32] [--timeout 30] [base-url]
 * </pre>
 *
 * {@code --rate} is requests per second (batches per second with {@code --batch N}), {@code --batch 0} posts single
 * declarations. {@code --connections} bounds the requests in flight: a request due while all are busy is counted
 * late and sent as soon as one frees, its latency still running from its intended start. Bodies are built before the
 * clock starts (about 250 bytes per declaration). Each per-second line counts the requests due in that second. The
 * Authorization header is the environment's {@code CREDO_AUTH} (e.g. {@code Bearer <jwt>}), or the embedded demo
 * account customs:customs.
 */
public final class FixedRateLoad {
    private static final String DEMO_AUTH = "Basic Y3VzdG9tczpjdXN0b21z";
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private FixedRateLoad() {
    }

    public static void main(String[] args) throws InterruptedException {
        double rate = 1000;
        int duration = 30;
        int warmup = 10;
        int batch = 0;
        int connections = 32;
        int timeout = 30;
        String url = "http://127.0.0.1:8080";
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--rate" -> rate = Double.parseDouble(args[++a]);
                case "--duration" -> duration = Integer.parseInt(args[++a]);
                case "--warmup" -> warmup = Integer.parseInt(args[++a]);
                case "--batch" -> batch = Integer.parseInt(args[++a]);
                case "--connections" -> connections = Integer.parseInt(args[++a]);
                case "--timeout" -> timeout = Integer.parseInt(args[++a]);
                default -> {
                    if (args[a].startsWith("--")) {
                        System.err.println("unknown option " + args[a]);
                        System.exit(2);
                    }
                    url = args[a];
                }
            }
        }
        var schedule = new Schedule(rate, warmup, duration);
        var bodies = new InspectionBodies(Long.toString(System.currentTimeMillis(), 36), batch);
        String auth = System.getenv().getOrDefault("CREDO_AUTH", DEMO_AUTH);
        var out = System.out;
        out.printf(Locale.ROOT, "fixed rate %.0f/s, %s, %d s warm-up + %d s measured, at most %d connections, %s%s%n",
                rate, batch == 0 ? "single declarations" : "batches of " + batch, warmup, duration, connections,
                url, bodies.path());

        var firstProblem = new AtomicReference<String>();
        try (var http = new SocketTransport(URI.create(url + bodies.path()), auth, connections, timeout * 1000)) {
            FixedRateSender.Transport noting = body -> http.send(body).whenComplete((status, error) -> {
                if (error != null) {
                    firstProblem.compareAndSet(null, "transport error: " + (error.getCause() == null ? error
                            : error.getCause()));
                } else if (status < 200 || status > 299) {
                    firstProblem.compareAndSet(null, "HTTP " + status);
                }
            });
            var sender = new FixedRateSender(schedule, bodies::body, connections, noting, FixedRateSender.Ticker.SYSTEM);
            sender.run();
            boolean allEnded = sender.awaitEnd(timeout + 5L, TimeUnit.SECONDS);
            Instant start = Instant.now().minusNanos(System.nanoTime() - sender.startNanos());
            report(out, schedule, sender, start);
            if (firstProblem.get() != null) {
                out.println("first problem: " + firstProblem.get());
            }
            System.exit(allEnded && firstProblem.get() == null ? 0 : 1);
        }
    }

    private static void report(PrintStream out, Schedule schedule, FixedRateSender sender, Instant start) {
        Tally[] seconds = sender.seconds();
        var measured = new Tally();
        for (int s = schedule.warmupSeconds(); s < seconds.length; s++) {
            seconds[s].addTo(measured);
        }
        long measuredStart = sender.startNanos() + TimeUnit.SECONDS.toNanos(schedule.warmupSeconds());
        double elapsed = (measured.completedUntilNanos() - measuredStart) / 1e9;
        long ended = measured.ok() + measured.non2xx() + measured.transportErrors();
        out.printf(Locale.ROOT, "measured: %d requests, %d ended, achieved %.1f/s; ok %d, non-2xx %d, transport errors"
                        + " %d, late (no free connection) %d, unfinished %d%n", measured.due(), ended,
                elapsed > 0 ? ended / elapsed : 0, measured.ok(), measured.non2xx(), measured.transportErrors(),
                measured.late(), measured.unfinished());
        out.printf(Locale.ROOT, "latency from intended start (ms): p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
                measured.percentileMillis(50), measured.percentileMillis(90), measured.percentileMillis(99),
                measured.percentileMillis(99.9), measured.maxMillis());
        out.println("second  clock       due     ok  errors   late   p99 ms   max ms");
        for (int s = schedule.warmupSeconds(); s < seconds.length; s++) {
            Tally t = seconds[s];
            out.printf(Locale.ROOT, "%6d  %s  %6d %6d  %6d %6d %8.2f %8.2f%n", s - schedule.warmupSeconds() + 1,
                    CLOCK.format(start.plusSeconds(s)), t.due(), t.ok(), t.non2xx() + t.transportErrors(), t.late(),
                    t.percentileMillis(99), t.maxMillis());
        }
    }
}
