package org.credo.service.config;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.NullNode;

import java.io.IOException;

/**
 * Reads a JSON tree as Jackson's own deserializer does, but answers a number it cannot hold (an exponent beyond
 * {@code int}, which Jackson lets escape as a bare {@link NumberFormatException}) and a value beyond the read limits
 * as a {@link JsonParseException} whose parser still points at the offending value, so the answer can name it.
 */
final class LocatedTreeDeserializer extends StdDeserializer<JsonNode> {
    private final JsonDeserializer<? extends JsonNode> stock = JsonNodeDeserializer.getDeserializer(JsonNode.class);

    LocatedTreeDeserializer() {
        super(JsonNode.class);
    }

    @Override
    public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        try {
            return stock.deserialize(parser, context);
        } catch (NumberFormatException e) {
            throw new JsonParseException(parser, "is not a number that can be read exactly", e);
        } catch (StreamConstraintsException e) {
            throw new JsonParseException(parser, e.getOriginalMessage(), e);
        }
    }

    @Override
    public JsonNode getNullValue(DeserializationContext context) {
        return NullNode.getInstance();
    }
}
