package org.credo.benchmarks.load;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Request bodies for the inspection endpoints, as benchmarks/load/inspection.lua builds them: one enterprise, the
 * customs modes and HS codes in rotation, and a fresh declaration id for every declaration (a repeated id is a
 * retry, which the service answers from its stored record instead of deciding again).
 */
public final class InspectionBodies {
    private static final List<String> MODES = List.of("9610", "9710", "9810", "1210", "0110");
    private static final List<String> HS_CODES =
            List.of("0306170000", "2710122000", "8471300000", "6109100000", "9503008900");

    private final String idPrefix;
    private final int batchSize;

    /**
     * @param runId     makes the ids of this run differ from those of earlier runs against the same database
     * @param batchSize declarations per request; 0 for single calls (a bare declaration, not a batch)
     */
    public InspectionBodies(String runId, int batchSize) {
        if (batchSize < 0) {
            throw new IllegalArgumentException("batch size must be >= 0");
        }
        this.idPrefix = "FR-" + runId + "-";
        this.batchSize = batchSize;
    }

    /** The path the bodies are posted to. */
    public String path() {
        return batchSize == 0 ? "/api/v1/decisions/inspection" : "/api/v1/decisions/inspection/batch";
    }

    /** The body of request {@code i}: its declarations are numbered {@code i * max(1, batchSize)} onwards. */
    public byte[] body(int i) {
        if (batchSize == 0) {
            return declaration(i).getBytes(StandardCharsets.UTF_8);
        }
        var body = new StringBuilder(40 + batchSize * 240).append("{\"declarations\":[");
        for (int k = 0; k < batchSize; k++) {
            body.append(k == 0 ? "" : ",").append(declaration((long) i * batchSize + k));
        }
        return body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private String declaration(long n) {
        int rotation = (int) (n % MODES.size());
        return "{\"declarationId\":\"" + idPrefix + n + "\",\"enterpriseId\":\"91350600MA2Y8K3F13\","
                + "\"customsMode\":\"" + MODES.get(rotation) + "\",\"direction\":\"EXPORT\",\"declaredValueCny\":5200.00,"
                + "\"hsCode\":\"" + HS_CODES.get((int) (n / MODES.size() % HS_CODES.size())) + "\","
                + "\"declarationDate\":\"2026-11-26\"}";
    }
}
