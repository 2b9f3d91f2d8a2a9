package org.credo.benchmarks.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one fault scenario found: counts of answers and the checks every scenario makes — no decision answered 200
 * and then lost, no 5xx but a 503 with a problem body, the audit chain verifies — plus the scenario's own. Prints
 * one summary line.
 */
final class Findings {
    private static final Pattern CHECKED = Pattern.compile("\"checked\"\\s*:\\s*(\\d+)");

    private final String scenario;
    private final List<String> failures = new ArrayList<>();
    private final List<String> figures = new ArrayList<>();
    private int requests;
    private int ok;
    private int unavailable;
    private int refused;
    private int dropped;
    private int lost;
    private int badErrors;
    private long slowestMillis;

    Findings(String scenario) {
        this.scenario = scenario;
    }

    /** Counts answers, and checks that every 200 can be read back by an auditor now. */
    void answersStored(List<Answer> answers, Client client) {
        for (Answer a : answers) {
            requests++;
            slowestMillis = Math.max(slowestMillis, a.millis());
            if (a.ok()) {
                ok++;
                String id = a.decisionId();
                if (id == null || client.get("/api/v1/decisions/" + id, "auditor").status() != 200) {
                    lost++;
                }
            } else if (a.unavailableWithProblem()) {
                unavailable++;
            } else if (a.refused()) {
                refused++;
            } else if (!a.answered()) {
                dropped++;
            }
            if (a.badServerError()) {
                badErrors++;
                if (badErrors <= 3) {
                    failures.add("answered " + a.status() + " " + a.contentType() + ": " + a.body());
                }
            }
        }
        if (lost > 0) {
            failures.add(lost + " decisions answered 200 are not stored");
        }
        if (ok == 0) {
            failures.add("no decision was answered 200: the load did not run");
        }
    }

    /**
     * The log verifies: {@code valid: true}. While the service answers 503 (the store not readable yet after the
     * fault), it is asked again each second for at most 30 s, and the wait is a figure: recovery, not a restart.
     */
    void chainVerifies(Client client) throws InterruptedException {
        long started = System.nanoTime();
        Answer verify = client.get("/api/v1/audit/verify", "auditor");
        for (int retry = 0; verify.status() == 503 && retry < 30; retry++) {
            Thread.sleep(1000);
            verify = client.get("/api/v1/audit/verify", "auditor");
        }
        if (verify.status() != 200 || verify.body() == null || !verify.body().contains("\"valid\":true")) {
            failures.add("audit verify: " + verify.status() + " " + verify.body());
            return;
        }
        Matcher m = CHECKED.matcher(verify.body());
        long waited = (System.nanoTime() - started) / 1_000_000;
        figures.add("verify valid (" + (m.find() ? m.group(1) : "?") + " records" + (waited > 1000 ? ", readable "
                + waited + " ms after the load stopped" : "") + ")");
    }

    void require(boolean condition, String failure) {
        if (!condition) {
            failures.add(failure);
        }
    }

    void figure(String text) {
        figures.add(text);
    }

    boolean passed() {
        return failures.isEmpty();
    }

    /** {@code fault <scenario>: PASS|FAIL — counts, figures[; failures]}. */
    String summary() {
        return "fault " + scenario + ": " + (passed() ? "PASS" : "FAIL") + " - " + requests + " requests, " + ok
                + " answered 200, " + unavailable + " answered 503 problem+json, " + refused + " refused connections, "
                + dropped + " without an answer, "
                + lost + " answered-but-lost, " + badErrors + " other 5xx, slowest " + slowestMillis + " ms"
                + (figures.isEmpty() ? "" : ", " + String.join(", ", figures))
                + (failures.isEmpty() ? "" : "; FAILURES: " + String.join(" | ", failures));
    }
}
