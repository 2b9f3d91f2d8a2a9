package org.credo.service.config;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Strict, exact JSON: decimals are read as {@link java.math.BigDecimal} (never binary floating point), scalars are
 * not coerced across types (a string is not a number, 10.5 is not an integer), and nesting is bounded.
 */
@Singleton
public class JsonSetup implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        // read directly: the mapper is also built during static init, before config mappings exist
        configure(mapper, ConfigProvider.getConfig().getOptionalValue("credo.json.max-nesting-depth", Integer.class)
                .orElse(100));
    }

    /** Applies the service's JSON rules to a mapper. */
    public static ObjectMapper configure(ObjectMapper mapper, int maxNestingDepth) {
        mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(maxNestingDepth).build());
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return mapper;
    }
}
