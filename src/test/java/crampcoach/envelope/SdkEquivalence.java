package crampcoach.envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.utils.SubTypesManifest;
import com.amazon.ask.request.UnmarshalledRequest;
import com.amazon.ask.util.JacksonSerializer;
import com.amazon.ask.util.impl.JacksonJsonMarshaller;
import com.amazon.ask.util.impl.JacksonJsonUnmarshaller;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crampcoach.json.JsonTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The hand-written reader and writer held to the SDK's own: whatever the fast path reads or writes,
 * the SDK's Jackson reader and writer must read or write the same. Used by the codec's own tests and
 * on every request and response of the dialog tests.
 */
public final class SdkEquivalence {

    private static final JacksonJsonUnmarshaller<RequestEnvelope> SDK_READER = JacksonJsonUnmarshaller.withTypeBinding(
            RequestEnvelope.class, List.of("request", "type"), SubTypesManifest.getSubType(Request.class));
    private static final JacksonJsonMarshaller<ResponseEnvelope> SDK_WRITER = JacksonJsonMarshaller.forType(ResponseEnvelope.class);
    private static final JacksonSerializer SDK_SERIALIZER = new JacksonSerializer();
    private static final ObjectMapper JSON = new ObjectMapper();

    private SdkEquivalence() {
    }

    /**
     * Reads {@code json} both ways; when the fast reader takes it, the two envelopes agree on
     * everything, the whole context included. Returns the fast reading, empty when it declined.
     */
    public static Optional<RequestEnvelope> assertReadsAsSdk(byte[] json) {
        JsonNode tree;
        try {
            tree = JsonTrees.read(json);
        } catch (IOException e) {
            return Optional.empty();
        }
        Optional<RequestEnvelope> fast = new RequestReader().read(tree);
        if (fast.isPresent()) {
            Optional<UnmarshalledRequest<RequestEnvelope>> sdk = SDK_READER.unmarshall(json);
            assertTrue(sdk.isPresent(), "the SDK declined what the fast reader read: " + text(json));
            RequestEnvelope expected = sdk.get().getUnmarshalledRequest();
            RequestEnvelope actual = fast.get();
            assertEquals(expected.getVersion(), actual.getVersion(), "version");
            assertEquals(expected.getRequest(), actual.getRequest(), "request");
            assertEquals(expected.getSession(), actual.getSession(), "session");
            assertEquals(expected.getContext(), actual.getContext(), "context");
            assertEquals(expected, actual, "envelope");
        }
        return fast;
    }

    /**
     * The response bytes, read into the SDK's model and written again by the SDK's writer, give the
     * same JSON: the fast writer wrote exactly what the SDK would have for that response.
     */
    public static void assertWritesAsSdk(byte[] written) {
        try {
            ResponseEnvelope model = SDK_SERIALIZER.deserialize(text(written), ResponseEnvelope.class);
            assertEquals(JSON.readTree(SDK_WRITER.marshall(model)), JSON.readTree(written),
                    "the SDK would write this response differently");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SDK's writing of a response, for comparing with the fast writer's. */
    static JsonNode sdkWriting(ResponseEnvelope envelope) throws IOException {
        return JSON.readTree(SDK_WRITER.marshall(envelope));
    }

    /** The SDK reader's envelope for {@code json}, empty when it declines. */
    static Optional<RequestEnvelope> sdkReading(byte[] json) {
        return SDK_READER.unmarshall(json).map(UnmarshalledRequest::getUnmarshalledRequest);
    }

    static JsonNode tree(byte[] json) throws IOException {
        return JSON.readTree(json);
    }

    private static String text(byte[] json) {
        return new String(json, StandardCharsets.UTF_8);
    }
}
