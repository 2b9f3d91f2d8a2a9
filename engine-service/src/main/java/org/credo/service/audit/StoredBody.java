package org.credo.service.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A record's body read back from its stored canonical JSON. Stored text is read with wider limits than requests
 * (numbers up to {@value #MAX_NUMBER_LENGTH} characters, nesting {@value #MAX_NESTING_DEPTH} levels: whatever the
 * service itself writes), exactly ({@link java.math.BigDecimal}); text beyond them or not a JSON object is
 * {@linkplain #problem() reported}, never thrown, so one bad record cannot fail a search, an export or a page.
 *
 * @param body    the body, or an empty object when it could not be read
 * @param problem why it could not be read, or null
 */
record StoredBody(ObjectNode body, String problem) {
    static final int MAX_NUMBER_LENGTH = 1_000;
    static final int MAX_NESTING_DEPTH = 1_000;
    private static final int MAX_PROBLEM_LENGTH = 300;
    private static final ObjectReader READER = reader();

    static StoredBody read(String content) {
        try {
            JsonNode node = READER.readTree(content);
            if (node instanceof ObjectNode body) {
                return new StoredBody(body, null);
            }
            return unreadable("the stored body is not a JSON object");
        } catch (JsonProcessingException e) {
            return unreadable("the stored body cannot be read: " + e.getOriginalMessage());
        } catch (RuntimeException e) {
            return unreadable("the stored body cannot be read: " + e);
        }
    }

    private static StoredBody unreadable(String problem) {
        return new StoredBody(JsonNodeFactory.instance.objectNode(),
                problem.length() > MAX_PROBLEM_LENGTH ? problem.substring(0, MAX_PROBLEM_LENGTH) + "…" : problem);
    }

    private static ObjectReader reader() {
        var mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(MAX_NUMBER_LENGTH).maxNestingDepth(MAX_NESTING_DEPTH).build());
        return mapper.reader();
    }
}
