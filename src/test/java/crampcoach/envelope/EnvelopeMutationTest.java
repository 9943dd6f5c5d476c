package crampcoach.envelope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Odd envelopes, made by damaging real ones: a field dropped, a value of another JSON type, a null.
 * Whatever the fast reader accepts must read exactly as the SDK's reader reads it; everything else
 * it must decline, so the SDK decides. Seeded, so a failure repeats.
 *
 * <p>Only what the fast reader reads is damaged: the rest of the context (device interfaces,
 * viewport, audio player) it neither reads nor checks, by design, so a request whose only flaw is
 * there is answered where the SDK's reader would have refused it.
 */
class EnvelopeMutationTest {

    private static final int MUTATIONS_PER_FILE = 300;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static List<Path> requestFiles() throws IOException {
        return EnvelopeCodecTest.requestFiles().filter(file -> !file.getFileName().toString().startsWith("malformed")).toList();
    }

    @ParameterizedTest
    @MethodSource("requestFiles")
    void damagedEnvelopesReadAsTheSdkReadsThemOrGoToIt(Path file) throws IOException {
        JsonNode original = JSON.readTree(file.toFile());
        Random random = new Random(file.getFileName().toString().hashCode());
        for (int i = 0; i < MUTATIONS_PER_FILE; i++) {
            JsonNode damaged = original.deepCopy();
            List<Place> places = new ArrayList<>();
            collect(damaged, "", places);
            Place place = places.get(random.nextInt(places.size()));
            place.replace(random.nextInt(8) == 0 ? null : replacement(random));
            SdkEquivalence.assertReadsAsSdk(JSON.writeValueAsBytes(damaged));
        }
    }

    /** A value of some JSON type, including the kinds Alexa sends in these places. */
    private static JsonNode replacement(Random random) {
        switch (random.nextInt(9)) {
            case 0: return NODES.nullNode();
            case 1: return NODES.booleanNode(random.nextBoolean());
            case 2: return NODES.numberNode(random.nextInt(100));
            case 3: return NODES.numberNode(12345678901L);
            case 4: return NODES.numberNode(0.5);
            case 5: return NODES.objectNode();
            case 6: return NODES.arrayNode().add("x");
            case 7: return NODES.textNode("");
            default: return NODES.textNode("NONE");
        }
    }

    /** A spot in the tree: an object field or an array element, to replace or (with null) remove. */
    private interface Place {
        void replace(JsonNode value);
    }

    /** The context paths the fast reader reads; the rest of the context it leaves alone. */
    private static final List<String> CONTEXT_READ = List.of("context", "context.System",
            "context.System.application", "context.System.application.applicationId",
            "context.System.user", "context.System.user.userId", "context.System.user.accessToken",
            "context.System.user.permissions", "context.System.device", "context.System.device.deviceId",
            "context.System.device.persistentEndpointId", "context.System.apiEndpoint", "context.System.apiAccessToken");

    private static void collect(JsonNode node, String path, List<Place> places) {
        if (path.startsWith("context") && !CONTEXT_READ.contains(path)) {
            return;
        }
        if (node instanceof ObjectNode object) {
            for (String name : fieldNames(object)) {
                String child = path.isEmpty() ? name : path + "." + name;
                if (child.startsWith("context") && !CONTEXT_READ.contains(child)) {
                    continue;
                }
                places.add(value -> {
                    if (value == null) {
                        object.remove(name);
                    } else {
                        object.set(name, value);
                    }
                });
                collect(object.get(name), child, places);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                places.add(value -> array.set(index, value == null ? NODES.nullNode() : value));
                collect(array.get(i), path + "[]", places);
            }
        }
    }

    private static List<String> fieldNames(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
