package crampcoach.envelope;

import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.ui.OutputSpeech;
import com.amazon.ask.model.ui.PlainTextOutputSpeech;
import com.amazon.ask.model.ui.Reprompt;
import com.amazon.ask.model.ui.SimpleCard;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the responses Cramp Coach gives (speech, reprompt, a simple card, whether the session
 * ends, session attributes) as Alexa's JSON with the streaming generator, the way the SDK's Jackson
 * writer would: missing values and empty strings left out. A response holding anything else (directives,
 * other card or speech types, an API response, an attribute value of an unknown type) is declined,
 * and the caller writes it with the SDK's writer.
 */
public final class ResponseWriter {

    private final JsonFactory factory;

    public ResponseWriter(JsonFactory factory) {
        this.factory = factory;
    }

    /** The JSON bytes, or empty when the SDK's writer should write this response. */
    public Optional<byte[]> write(ResponseEnvelope envelope) {
        if (!onlyWhatThisWriterWrites(envelope.getResponse())) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.writeStartObject();
            field(json, "version", envelope.getVersion());
            Map<String, Object> attributes = envelope.getSessionAttributes();
            // The SDK's writer keeps an empty attributes map (its model always holds one); so does this one.
            if (attributes != null) {
                json.writeFieldName("sessionAttributes");
                value(json, attributes);
            }
            field(json, "userAgent", envelope.getUserAgent());
            if (envelope.getResponse() != null) {
                json.writeFieldName("response");
                response(json, envelope.getResponse());
            }
            json.writeEndObject();
        } catch (Declined declined) {
            // A speech, card or attribute value of a type this writer does not know: the bytes so far are dropped.
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a response to memory", e);
        }
        return Optional.of(out.toByteArray());
    }

    /** No part of the response this writer leaves out: directives, an API response, and the like. */
    private static boolean onlyWhatThisWriterWrites(Response response) {
        if (response == null) {
            return true;
        }
        Reprompt reprompt = response.getReprompt();
        return isEmpty(response.getDirectives())
                && response.getApiResponse() == null
                && response.getCanFulfillIntent() == null
                && response.getExperimentation() == null
                && (reprompt == null || isEmpty(reprompt.getDirectives()));
    }

    private static void response(JsonGenerator json, Response response) throws IOException, Declined {
        json.writeStartObject();
        if (response.getOutputSpeech() != null) {
            json.writeFieldName("outputSpeech");
            speech(json, response.getOutputSpeech());
        }
        if (response.getCard() != null) {
            if (!(response.getCard() instanceof SimpleCard card)) {
                throw Declined.INSTANCE;
            }
            json.writeObjectFieldStart("card");
            json.writeStringField("type", "Simple");
            field(json, "title", card.getTitle());
            field(json, "content", card.getContent());
            json.writeEndObject();
        }
        if (response.getReprompt() != null) {
            json.writeObjectFieldStart("reprompt");
            if (response.getReprompt().getOutputSpeech() != null) {
                json.writeFieldName("outputSpeech");
                speech(json, response.getReprompt().getOutputSpeech());
            }
            json.writeEndObject();
        }
        if (response.getShouldEndSession() != null) {
            json.writeBooleanField("shouldEndSession", response.getShouldEndSession());
        }
        json.writeEndObject();
    }

    private static void speech(JsonGenerator json, OutputSpeech speech) throws IOException, Declined {
        json.writeStartObject();
        if (speech instanceof SsmlOutputSpeech ssml) {
            json.writeStringField("type", "SSML");
            field(json, "playBehavior", ssml.getPlayBehaviorAsString());
            field(json, "ssml", ssml.getSsml());
        } else if (speech instanceof PlainTextOutputSpeech text) {
            json.writeStringField("type", "PlainText");
            field(json, "playBehavior", text.getPlayBehaviorAsString());
            field(json, "text", text.getText());
        } else {
            throw Declined.INSTANCE;
        }
        json.writeEndObject();
    }

    private static void value(JsonGenerator json, Object value) throws IOException, Declined {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Double number) {
            json.writeNumber(number);
        } else if (value instanceof BigInteger number) {
            json.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            json.writeNumber(number);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String name)) {
                    throw Declined.INSTANCE;
                }
                json.writeFieldName(name);
                value(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                value(json, element);
            }
            json.writeEndArray();
        } else {
            throw Declined.INSTANCE;
        }
    }

    /** The SDK writes with Jackson's NON_EMPTY inclusion: no nulls, no empty strings. */
    private static void field(JsonGenerator json, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            json.writeStringField(name, value);
        }
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }
}
