package org.credo.core.internal.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.credo.core.RuleSetDiff.ValueChange;

/**
 * The manifest key by key: objects are walked down to dotted keys ({@code decisions.inspection.model}); arrays and
 * scalars are compared whole, as compact JSON.
 */
final class ManifestDiff {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ManifestDiff() {
    }

    static List<ValueChange> between(byte[] before, byte[] after) {
        return ValueChanges.of(flat(before), flat(after));
    }

    private static Map<String, String> flat(byte[] manifest) {
        var values = new TreeMap<String, String>();
        if (manifest == null) {
            return values;
        }
        try {
            flatten("", JSON.readTree(manifest), values);
        } catch (IOException e) {
            values.put("", new String(manifest, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> values) {
        if (node != null && node.isObject() && !node.isEmpty()) {
            node.fields().forEachRemaining(field -> flatten(prefix.isEmpty() ? field.getKey()
                    : prefix + "." + field.getKey(), field.getValue(), values));
        } else {
            values.put(prefix, node == null ? null : node.toString());
        }
    }
}
