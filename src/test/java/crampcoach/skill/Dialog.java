package crampcoach.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.amazon.ask.SkillStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crampcoach.envelope.SdkEquivalence;
import crampcoach.lambda.CrampCoachStreamHandler;
import crampcoach.speech.SsmlCheck;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Talks to the skill the way Alexa does: request envelopes in Alexa's JSON, through the Lambda stream
 * handler, with session attributes carried from one response to the next request. Every response is
 * held to Alexa's SSML rules before a test sees it, and every request and response is read and written
 * as the SDK's own Jackson reader and writer would.
 */
final class Dialog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SkillStreamHandler lambda;
    private final String locale;
    private JsonNode attributes = JSON.createObjectNode();
    private boolean inSession;
    private String sessionId = newId("session");
    private Consumer<ObjectNode> device = envelope -> { };
    private String timestamp;

    private Dialog(SkillStreamHandler lambda, String locale) {
        this.lambda = lambda;
        this.locale = locale;
    }

    static Dialog inLocale(String locale) {
        return new Dialog(new CrampCoachStreamHandler(), locale);
    }

    static Dialog withHandler(SkillStreamHandler lambda, String locale) {
        return new Dialog(lambda, locale);
    }

    /** The same dialog through a device of the test's making: its API endpoint, clock or screen. */
    Dialog on(Consumer<ObjectNode> testDevice) {
        this.device = testDevice;
        return this;
    }

    /** From now on, requests carry this time (ISO-8601, say 2026-11-25T03:12:45Z), as if sent then. */
    Dialog at(String isoTimestamp) {
        this.timestamp = isoTimestamp;
        return this;
    }

    /** A slot as Alexa fills it: what was heard and, when the model knows it, the value id it resolved to. */
    record SlotValue(String name, String heard, String id) {
    }

    static SlotValue slot(String name, String heard, String id) {
        return new SlotValue(name, heard, id);
    }

    /** A slot the intent carries but nobody filled: Alexa sends its name and no value. */
    static SlotValue empty(String name) {
        return new SlotValue(name, null, null);
    }

    /** A slot whose words entity resolution could not match. */
    static SlotValue unmatched(String name, String heard) {
        return new SlotValue(name, heard, null);
    }

    /** "Alexa, open cramp coach." */
    Heard launch() {
        ObjectNode envelope = template("launch.json");
        return send(envelope, true);
    }

    /** "Alexa, ask cramp coach to ...": a new session straight into an intent. */
    Heard oneShot(String intent, SlotValue... slots) {
        inSession = false;
        attributes = JSON.createObjectNode();
        return send(intentEnvelope(intent, slots), true);
    }

    /** The person answers inside the open session. */
    Heard say(String intent, SlotValue... slots) {
        if (!inSession) {
            fail("the session has ended; Alexa would not send " + intent + " to it");
        }
        return send(intentEnvelope(intent, slots), false);
    }

    /** An intent with session attributes of the test's own making, as a tampered request might carry. */
    Heard sayWithAttributes(String attributesJson, String intent, SlotValue... slots) {
        try {
            attributes = JSON.readTree(attributesJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        inSession = true;
        return send(intentEnvelope(intent, slots), false);
    }

    /** A request file from src/test/resources/requests, sent as it is. */
    Heard fixture(String fileName) {
        return raw(read(fileName));
    }

    /** Any bytes at all, as Lambda would pass them. */
    Heard raw(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            lambda.handleRequest(new ByteArrayInputStream(body), out, null);
            // The skill reads and writes Alexa's JSON by hand; the SDK's reader and writer must agree.
            SdkEquivalence.assertReadsAsSdk(body);
            if (out.size() > 0) {
                SdkEquivalence.assertWritesAsSdk(out.toByteArray());
            }
            JsonNode response = out.size() == 0 ? JSON.createObjectNode() : JSON.readTree(out.toByteArray());
            Heard heard = new Heard(response);
            if (!heard.ssml().isEmpty()) {
                assertEquals(List.of(), SsmlCheck.problems(heard.ssml()), "Alexa would reject: " + heard.ssml());
            }
            return heard;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Heard send(ObjectNode envelope, boolean newSession) {
        if (newSession) {
            sessionId = newId("session");
            attributes = JSON.createObjectNode();
        }
        ObjectNode session = (ObjectNode) envelope.get("session");
        session.put("new", newSession);
        session.put("sessionId", sessionId);
        session.set("attributes", attributes.deepCopy());
        ObjectNode request = (ObjectNode) envelope.get("request");
        request.put("locale", locale);
        request.put("requestId", newId("request"));
        device.accept(envelope);
        if (timestamp != null) {
            request.put("timestamp", timestamp);
        }
        try {
            Heard heard = raw(JSON.writeValueAsBytes(envelope));
            inSession = heard.keepsListening();
            attributes = heard.sessionAttributes().isObject() ? heard.sessionAttributes() : JSON.createObjectNode();
            return heard;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode intentEnvelope(String intent, SlotValue... slots) {
        ObjectNode envelope = template("one-shot-calf.json");
        ObjectNode intentNode = (ObjectNode) envelope.path("request").path("intent");
        intentNode.put("name", intent);
        ObjectNode slotNodes = intentNode.putObject("slots");
        for (SlotValue slot : slots) {
            ObjectNode node = slotNodes.putObject(slot.name());
            node.put("name", slot.name());
            node.put("confirmationStatus", "NONE");
            if (slot.heard() == null) {
                continue;
            }
            node.put("value", slot.heard());
            node.put("source", "USER");
            ObjectNode authority = node.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
            authority.put("authority", "amzn1.er-authority.echo-sdk.amzn1.ask.skill.test." + slot.name());
            if (slot.id() == null) {
                authority.putObject("status").put("code", "ER_SUCCESS_NO_MATCH");
            } else {
                authority.putObject("status").put("code", "ER_SUCCESS_MATCH");
                ObjectNode value = authority.putArray("values").addObject().putObject("value");
                value.put("name", slot.heard());
                value.put("id", slot.id());
            }
        }
        return envelope;
    }

    private static ObjectNode template(String fileName) {
        try {
            return (ObjectNode) JSON.readTree(read(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(String fileName) {
        try (InputStream in = Dialog.class.getResourceAsStream("/requests/" + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("no request file " + fileName);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String newId(String kind) {
        return "amzn1.echo-api." + kind + "." + UUID.randomUUID();
    }
}
