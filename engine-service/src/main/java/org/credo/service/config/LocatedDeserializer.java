package org.credo.service.config;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;

/**
 * Wraps a deserializer so that a value beyond the read limits, or a number that cannot be held (an exponent beyond
 * {@code int}, which Jackson's tree reader lets escape as a bare {@link NumberFormatException}), fails as a
 * {@link JsonParseException} carrying the parser, which still stands at the offending value: the problem answer can
 * then name that field ({@code declarations[3].declaredValueCny}) instead of the object around it.
 */
final class LocatedDeserializer extends DelegatingDeserializer {

    private LocatedDeserializer(JsonDeserializer<?> delegate) {
        super(delegate);
    }

    /** Every bean and every JSON tree the mapper reads, wrapped. */
    @SuppressWarnings("unchecked")
    static SimpleModule module() {
        return new SimpleModule("credo-located-read-failures")
                .addDeserializer(JsonNode.class, (JsonDeserializer<JsonNode>) (JsonDeserializer<?>)
                        new LocatedDeserializer(JsonNodeDeserializer.getDeserializer(JsonNode.class)))
                .setDeserializerModifier(new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config,
                                                                  BeanDescription description,
                                                                  JsonDeserializer<?> deserializer) {
                        return new LocatedDeserializer(deserializer);
                    }
                });
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
        return new LocatedDeserializer(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        try {
            return _delegatee.deserialize(parser, context);
        } catch (StreamConstraintsException e) {
            throw new JsonParseException(parser, e.getOriginalMessage(), e);
        } catch (NumberFormatException e) {
            throw new JsonParseException(parser, "a number that cannot be held exactly", e);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof StreamConstraintsException limit) {
                throw new JsonParseException(parser, limit.getOriginalMessage(), limit);
            }
            throw e;
        }
    }
}
