package org.credo.core.internal.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** The JSON plumbing the codec shares: nodes that keep decimals exact, and a mapper that reads them so. */
public final class FeelJson {
    /** Creates number nodes from {@link java.math.BigDecimal}s without normalising them. */
    public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** Reads every JSON number with a fraction or exponent as an exact {@link java.math.BigDecimal}. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(NODES)
            .build();

    private FeelJson() {
    }
}
