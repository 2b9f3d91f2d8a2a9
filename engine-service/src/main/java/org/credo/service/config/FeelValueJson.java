package org.credo.service.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import org.credo.core.DecisionStep;
import org.credo.core.FeelJsonCodec;

import java.io.IOException;

/**
 * Writes the FEEL values engine-core's records carry (a trace's decision results) in the one JSON form of
 * {@link FeelJsonCodec}, as the HTTP contract and the audit records hold them; engine-core's records know nothing of
 * Jackson.
 */
final class FeelValueJson extends StdSerializer<Object> {

    FeelValueJson() {
        super(Object.class);
    }

    /** The module that writes every {@link DecisionStep#result()} with {@link FeelJsonCodec#toJson}. */
    static SimpleModule module() {
        return new SimpleModule("credo-feel-values").setMixInAnnotation(DecisionStep.class, DecisionStepJson.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        FeelJsonCodec.toJson(value).serialize(generator, provider);
    }

    private abstract static class DecisionStepJson {
        @JsonSerialize(using = FeelValueJson.class)
        abstract Object result();
    }
}
