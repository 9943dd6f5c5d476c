package crampcoach.envelope;

import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.utils.SubTypesManifest;
import com.amazon.ask.request.UnmarshalledRequest;
import com.amazon.ask.request.impl.BaseUnmarshalledRequest;
import com.amazon.ask.util.JsonMarshaller;
import com.amazon.ask.util.JsonUnmarshaller;
import com.amazon.ask.util.impl.JacksonJsonMarshaller;
import com.amazon.ask.util.impl.JacksonJsonUnmarshaller;
import com.fasterxml.jackson.databind.JsonNode;
import crampcoach.json.JsonTrees;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Alexa's JSON in and out: the hand-written {@link RequestReader} and {@link ResponseWriter} for the
 * requests and responses Cramp Coach exchanges, and the SDK's own Jackson reader and writer for
 * anything else.
 *
 * <p>Why: a minimal SDK skill needs 0.6-0.9 CPU-seconds for its first answer from a fresh JVM, and
 * most of it is the SDK's databind reader and writer: building the ObjectMapper, then introspecting
 * hundreds of annotated model classes. Reading a tree with the streaming parser and building the
 * model with its builders costs a few milliseconds (src/bench measures both). The SDK's reader and writer are
 * created only if a request or response needs them, so the common paths never pay for them.
 */
public final class EnvelopeCodec implements JsonUnmarshaller<RequestEnvelope>, JsonMarshaller<ResponseEnvelope> {

    private final RequestReader reader = new RequestReader();
    private final ResponseWriter writer = new ResponseWriter(JsonTrees.factory());

    /**
     * The envelope, or empty when the JSON is readable but no custom-skill request the SDK knows.
     *
     * @throws AskSdkException when the bytes are not JSON at all, as the SDK's reader would
     */
    @Override
    public Optional<UnmarshalledRequest<RequestEnvelope>> unmarshall(byte[] json) {
        JsonNode tree;
        try {
            tree = JsonTrees.read(json);
        } catch (IOException e) {
            throw new AskSdkException("Deserialization error", e);
        }
        Optional<RequestEnvelope> envelope = reader.read(tree);
        if (envelope.isPresent()) {
            return Optional.of(new BaseUnmarshalledRequest<>(envelope.get(), tree));
        }
        return SdkCodec.UNMARSHALLER.unmarshall(json);
    }

    @Override
    public byte[] marshall(ResponseEnvelope envelope) {
        Optional<byte[]> written = writer.write(envelope);
        return written.isPresent() ? written.get() : SdkCodec.MARSHALLER.marshall(envelope);
    }

    @Override
    public void marshall(ResponseEnvelope envelope, OutputStream out) {
        try {
            out.write(marshall(envelope));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The SDK's reader and writer, built as its CustomSkill builds them, on first use only: the JVM
     * initialises this holder class the first time a request or response leaves the fast path.
     */
    private static final class SdkCodec {

        static final JsonUnmarshaller<RequestEnvelope> UNMARSHALLER = JacksonJsonUnmarshaller.withTypeBinding(
                RequestEnvelope.class, List.of("request", "type"), SubTypesManifest.getSubType(Request.class));
        static final JsonMarshaller<ResponseEnvelope> MARSHALLER = JacksonJsonMarshaller.forType(ResponseEnvelope.class);

        private SdkCodec() {
        }
    }
}
