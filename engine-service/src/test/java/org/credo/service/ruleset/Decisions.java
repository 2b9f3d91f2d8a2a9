package org.credo.service.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import org.credo.core.KeyedSampler;
import org.credo.service.Api;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Inspection decisions through the API, read with exact decimals. */
final class Decisions {
    /** The demo sampling key of the embedded default (application.properties). */
    static final KeyedSampler SAMPLER = new KeyedSampler("demo-2026",
            "credo-demo-sampling-key-not-secret".getBytes(StandardCharsets.UTF_8));
    /** A declaration date under Order 282; an enterprise the registry does not know is of the regular class. */
    static final String DATE = "2026-11-26";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Decisions() {
    }

    /** Decides the inspection of a declaration of high-risk goods (HS chapter 03) exported under 9710. */
    static Response inspect(String declarationId) {
        return Api.customs().body(Api.inspection(declarationId, Api.UNKNOWN_ENTERPRISE, DATE))
                .post("/api/v1/decisions/inspection");
    }

    static JsonNode json(Response response) {
        return json(response.asString());
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode stored(String decisionId) {
        return json(Api.auditor().get("/api/v1/decisions/" + decisionId).then().statusCode(200).extract()
                .response());
    }
}
