package crampcoach.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Lays a locale's file over the English base: objects merge key by key, anything else replaces. */
final class JsonMerge {

    private JsonMerge() {
    }

    static JsonNode overlay(JsonNode base, JsonNode overlay) {
        if (!(base instanceof ObjectNode baseObject) || !overlay.isObject()) {
            return overlay.deepCopy();
        }
        ObjectNode merged = baseObject.deepCopy();
        for (Map.Entry<String, JsonNode> field : overlay.properties()) {
            JsonNode existing = merged.get(field.getKey());
            merged.set(field.getKey(), existing == null ? field.getValue().deepCopy() : overlay(existing, field.getValue()));
        }
        return merged;
    }
}
