package crampcoach.envelope;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Session attributes as plain Java values, the same types the SDK's Jackson reader gives an
 * untyped map: objects as linked maps, arrays as lists, whole numbers as the smallest of int, long
 * and big integer, decimals as double. Handlers then see the same values on either path.
 */
final class SessionAttributeValues {

    private SessionAttributeValues() {
    }

    /** The attributes object as a map; a value that is not an object is left to the SDK's reader. */
    static Map<String, Object> map(JsonNode attributes) throws Declined {
        if (!attributes.isObject()) {
            throw Declined.INSTANCE;
        }
        return object(attributes);
    }

    private static Map<String, Object> object(JsonNode node) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            map.put(field.getKey(), value(field.getValue()));
        }
        return map;
    }

    private static Object value(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT:
                return object(node);
            case ARRAY: {
                List<Object> list = new ArrayList<>(node.size());
                for (JsonNode element : node) {
                    list.add(value(element));
                }
                return list;
            }
            case STRING:
                return node.textValue();
            case NUMBER:
                return node.numberValue();
            case BOOLEAN:
                return node.booleanValue();
            default:
                return null;
        }
    }
}
