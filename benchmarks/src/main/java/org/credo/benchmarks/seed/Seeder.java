package org.credo.benchmarks.seed;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes N real inspection decisions into a running Credo service through its public batch endpoint, the code path
 * every decision takes (evaluation, audit record, Merkle log), from many threads, for measurements at volume.
 * Declarations vary over {@value #ENTERPRISES} enterprises, the customs modes and HS codes, and the 366 declaration
 * days up to {@code --last-day}; every declaration id is fresh (prefixed with the run id), so none is a retry.
 *
 * <p>usage: {@code Seeder --url http://127.0.0.1:18200 --count 1000000 --batch 200 --threads 8 [--run-id X]
 * [--last-day 2026-11-26]}; Authorization: {@code $CREDO_AUTH}, else the demo account customs:customs.
 */
public final class Seeder {
    static final int ENTERPRISES = 1_000;
    private static final List<String> MODES = List.of("9610", "9710", "9810", "1210", "0110");
    private static final List<String> HS_CODES =
            List.of("0306170000", "2710122000", "8471300000", "6109100000", "9503008900");

    private final Options options;
    private final List<String> enterprises = Enterprises.codes(ENTERPRISES);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicLong decided = new AtomicLong();
    private final AtomicLong failedBatches = new AtomicLong();

    Seeder(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        new Seeder(Options.parse(args)).run();
    }

    void run() throws Exception {
        long batches = (options.count() + options.batch() - 1) / options.batch();
        var next = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        var workers = new ArrayList<Future<?>>();
        for (int t = 0; t < options.threads(); t++) {
            workers.add(pool.submit(() -> {
                for (long b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                    post(b);
                }
                return null;
            }));
        }
        var progress = Executors.newSingleThreadScheduledExecutor();
        progress.scheduleAtFixedRate(() -> report(start), 10, 10, TimeUnit.SECONDS);
        for (Future<?> worker : workers) {
            worker.get();
        }
        progress.shutdownNow();
        pool.shutdown();
        report(start);
        if (failedBatches.get() > 0) {
            System.exit(1);
        }
    }

    private void report(long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%.0f s: %d decisions stored (%.0f/s), %d batches failed%n", seconds, decided.get(),
                decided.get() / seconds, failedBatches.get());
    }

    private void post(long batch) throws Exception {
        long first = batch * options.batch();
        int size = (int) Math.min(options.batch(), options.count() - first);
        var body = new StringBuilder(40 + size * 260).append("{\"declarations\":[");
        for (int k = 0; k < size; k++) {
            body.append(k == 0 ? "" : ",").append(declaration(first + k));
        }
        body.append("]}");
        HttpRequest request = HttpRequest.newBuilder(URI.create(options.url() + "/api/v1/decisions/inspection/batch"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("Authorization", options.authorization())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
            decided.addAndGet(size);
        } else if (failedBatches.incrementAndGet() <= 5) {
            System.err.println("batch " + batch + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
    }

    /** Declaration {@code n} of this run. */
    String declaration(long n) {
        String mode = MODES.get((int) (n % MODES.size()));
        String hsCode = HS_CODES.get((int) (n / MODES.size() % HS_CODES.size()));
        String enterprise = enterprises.get((int) (n * 7919 % ENTERPRISES));
        LocalDate day = options.lastDay().minusDays(n * 31 % 366);
        String value = (100 + n * 37 % 99_900) + ".00";
        return "{\"declarationId\":\"SEED-" + options.runId() + "-" + n + "\",\"enterpriseId\":\"" + enterprise
                + "\",\"customsMode\":\"" + mode + "\",\"direction\":\"EXPORT\",\"declaredValueCny\":" + value
                + ",\"hsCode\":\"" + hsCode + "\",\"declarationDate\":\"" + day + "\"}";
    }

    /** The seeder's settings. */
    record Options(String url, long count, int batch, int threads, String runId, LocalDate lastDay,
                   String authorization) {
        static Options parse(String[] args) {
            String url = "http://127.0.0.1:18200";
            long count = 100_000;
            int batch = 200;
            int threads = 8;
            String runId = Long.toString(System.currentTimeMillis(), 36);
            LocalDate lastDay = LocalDate.of(2026, 11, 26);
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--url" -> url = args[i + 1];
                    case "--count" -> count = Long.parseLong(args[i + 1]);
                    case "--batch" -> batch = Integer.parseInt(args[i + 1]);
                    case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                    case "--run-id" -> runId = args[i + 1];
                    case "--last-day" -> lastDay = LocalDate.parse(args[i + 1]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (count < 1 || batch < 1 || batch > 10_000 || threads < 1) {
                throw new IllegalArgumentException("count and threads must be positive, batch 1 to 10,000");
            }
            String auth = System.getenv("CREDO_AUTH");
            if (auth == null || auth.isBlank()) {
                auth = "Basic " + Base64.getEncoder()
                        .encodeToString("customs:customs".getBytes(StandardCharsets.UTF_8));
            }
            return new Options(url, count, batch, threads, runId, lastDay, auth);
        }
    }
}
