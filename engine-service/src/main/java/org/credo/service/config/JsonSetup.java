package org.credo.service.config;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.LocalDate;

/**
 * Strict, exact JSON: decimals are read as {@link java.math.BigDecimal} (never binary floating point), scalars are
 * not coerced across types (a string is not a number nor a number a string, 10.5 is not an integer), dates are
 * {@code YYYY-MM-DD} strings only, and what a parser reads is bounded before any value is built: nesting, number
 * tokens ({@value #MAX_NUMBER_LENGTH} characters), strings ({@value #MAX_STRING_LENGTH}), property names
 * ({@value #MAX_NAME_LENGTH}) and tokens per document ({@value #MAX_TOKENS}). The request records and
 * {@link org.credo.service.validation.BoundedContext} bound each field further; these limits only make the worst
 * document cheap to refuse, and {@link LocatedDeserializer} lets the answer name the value that broke one.
 */
@Singleton
public class JsonSetup implements ObjectMapperCustomizer {
    public static final int MAX_NUMBER_LENGTH = 64;
    public static final int MAX_STRING_LENGTH = 100_000;
    public static final int MAX_NAME_LENGTH = 1_000;
    public static final long MAX_TOKENS = 1_000_000;

    @Override
    public void customize(ObjectMapper mapper) {
        // read directly: the mapper is also built during static init, before config mappings exist
        configure(mapper, ConfigProvider.getConfig().getOptionalValue("credo.json.max-nesting-depth", Integer.class)
                .orElse(100));
    }

    /** Applies the service's JSON rules to a mapper. */
    public static ObjectMapper configure(ObjectMapper mapper, int maxNestingDepth) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxTokenCount(MAX_TOKENS)
                .build());
        mapper.registerModule(LocatedDeserializer.module());
        mapper.registerModule(FeelValueJson.module());
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        // a date is a YYYY-MM-DD string: no epoch-day numbers, no instants cut to their day
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        return mapper;
    }
}
