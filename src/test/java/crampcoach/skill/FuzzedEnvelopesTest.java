package crampcoach.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazon.ask.SkillStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crampcoach.lambda.CrampCoachStreamHandler;
import crampcoach.speech.SsmlCheck;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 10,000 seeded envelopes of every request type Alexa sends, about half of them damaged (a field
 * dropped, a value of the wrong JSON type, odd slot values, tampered session attributes, an unknown
 * locale, truncated bytes), through the Lambda stream handler. A failure is an exception that escapes,
 * an answer that is not JSON, speech for a request type that allows none, or speech Alexa would refuse.
 * The seed is fixed, so a failure is reproducible; the failing envelope is printed.
 */
@DisplayName("10,000 fuzzed envelopes: an answer Alexa accepts for every one")
class FuzzedEnvelopesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final long SEED = 20261130L;
    private static final int ENVELOPES = 10_000;
    /** The request types a person is waiting on; every other type must get no speech. */
    private static final Set<String> SPEAKING = Set.of("LaunchRequest", "IntentRequest");
    private static final List<String> TYPES = List.of("LaunchRequest", "IntentRequest", "IntentRequest",
            "IntentRequest", "SessionEndedRequest", "CanFulfillIntentRequest", "CanFulfillIntentRequest",
            "System.ExceptionEncountered", "AudioPlayer.PlaybackStarted", "AudioPlayer.PlaybackFinished",
            "AudioPlayer.PlaybackStopped", "AudioPlayer.PlaybackNearlyFinished", "AudioPlayer.PlaybackFailed",
            "PlaybackController.PlayCommandIssued", "PlaybackController.PauseCommandIssued",
            "PlaybackController.NextCommandIssued", "PlaybackController.PreviousCommandIssued",
            "AlexaSkillEvent.SkillEnabled", "AlexaSkillEvent.SkillDisabled", "Connections.Response",
            "Alexa.Presentation.APL.UserEvent", "Messaging.MessageReceived", "Display.ElementSelected",
            "Dialog.InputRequest", "Something.NotYetInvented");
    private static final List<String> LOCALES = Arrays.asList("en-US", "en-GB", "en-CA", "en-AU", "en-IN",
            "de-DE", "xx", "", null);
    private static final List<String> ODD_WORDS = List.of("", " ", "<speak>", "a & b < c > d", "\"quoted\"",
            "chest pain", "i can't breathe", "my leg is numb and red", "calf", "🦵 cramp", "x".repeat(3000),
            "\u0000\u0007", "null", "{\"json\":true}", "m. s.", "water pills", "quinine");

    private final Random random = new Random(SEED);
    private final List<String> intents = new ArrayList<>();
    private final List<String> slotNames = List.of("muscle", "symptom", "medicine", "other");
    private final List<String[]> values = new ArrayList<>(); // {id, spoken}

    @Test
    void every_envelope_gets_an_answer_alexa_accepts() throws IOException {
        readModel();
        SkillStreamHandler lambda = new CrampCoachStreamHandler();
        byte[] template = Dialog.read("launch.json");
        List<String> failures = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < ENVELOPES; i++) {
            byte[] body = envelope(template);
            String problem = problem(lambda, body);
            if (problem != null && failed++ < 5) {
                failures.add("#" + i + " " + problem + ": " + new String(body, StandardCharsets.UTF_8));
            }
        }
        assertEquals(List.of(), failures, failed + " of " + ENVELOPES + " envelopes failed; the first five");
    }

    private static String problem(SkillStreamHandler lambda, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            lambda.handleRequest(new ByteArrayInputStream(body), out, null);
        } catch (RuntimeException | IOException e) {
            return "escaped " + e;
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(out.toByteArray());
        } catch (IOException e) {
            return "answer is not JSON";
        }
        String ssml = answer.path("response").path("outputSpeech").path("ssml").asText("");
        String reprompt = answer.at("/response/reprompt/outputSpeech/ssml").asText("");
        boolean speaks = !ssml.isEmpty() || !reprompt.isEmpty()
                || answer.path("response").has("card") || answer.at("/response/outputSpeech").isObject();
        if (speaks && !maySpeak(body)) {
            return "speech where Alexa allows none";
        }
        for (String document : List.of(ssml, reprompt)) {
            if (!document.isEmpty() && !SsmlCheck.problems(document).isEmpty()) {
                return "SSML " + SsmlCheck.problems(document);
            }
        }
        return null;
    }

    /** Speech is allowed for a launch or an intent, and for bytes whose type cannot be read at all. */
    private static boolean maySpeak(byte[] body) {
        try {
            JsonNode type = JSON.readTree(body).path("request").path("type");
            return !type.isTextual() || SPEAKING.contains(type.asText());
        } catch (IOException e) {
            return true;
        }
    }

    private byte[] envelope(byte[] template) throws IOException {
        ObjectNode envelope = (ObjectNode) JSON.readTree(template);
        String type = pick(TYPES);
        ObjectNode request = NODES.objectNode();
        request.put("type", type);
        request.put("requestId", "amzn1.echo-api.request." + random.nextInt());
        request.put("timestamp", "2026-11-30T03:00:00Z");
        request.put("locale", pick(LOCALES));
        switch (type) {
            case "IntentRequest", "CanFulfillIntentRequest" -> request.set("intent", intent());
            case "SessionEndedRequest" -> request.put("reason", pick(List.of("USER_INITIATED", "ERROR",
                    "EXCEEDED_MAX_REPROMPTS", "SOMETHING_NEW")));
            case "System.ExceptionEncountered" -> {
                request.putObject("error").put("type", "INVALID_RESPONSE").put("message", "bad response");
                request.putObject("cause").put("requestId", "amzn1.echo-api.request.before");
            }
            default -> {
                if (type.startsWith("AudioPlayer.")) {
                    request.put("token", "t" + random.nextInt(9));
                    request.put("offsetInMilliseconds", random.nextInt(100_000));
                }
            }
        }
        envelope.set("request", request);
        if (random.nextInt(3) == 0 || type.startsWith("AudioPlayer.") || type.startsWith("PlaybackController.")) {
            envelope.remove("session"); // events arrive outside a session
        } else {
            ObjectNode session = (ObjectNode) envelope.get("session");
            session.put("new", random.nextBoolean());
            session.set("attributes", attributes());
        }
        byte[] bytes = JSON.writeValueAsBytes(envelope);
        if (random.nextBoolean()) {
            return bytes;
        }
        return damage(envelope, bytes);
    }

    private ObjectNode intent() {
        ObjectNode intent = NODES.objectNode();
        intent.put("name", pick(intents));
        intent.put("confirmationStatus", "NONE");
        ObjectNode slots = intent.putObject("slots");
        for (String name : slotNames) {
            if (random.nextInt(3) > 0) {
                continue;
            }
            ObjectNode slot = slots.putObject(name);
            slot.put("name", name);
            slot.put("confirmationStatus", "NONE");
            String[] value = random.nextInt(4) == 0 ? new String[] {null, pick(ODD_WORDS)} : pick(values);
            slot.put("value", value[1]);
            ObjectNode authority = slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
            authority.put("authority", "amzn1.er-authority.echo-sdk.test." + name);
            if (value[0] == null) {
                authority.putObject("status").put("code", "ER_SUCCESS_NO_MATCH");
            } else {
                authority.putObject("status").put("code", "ER_SUCCESS_MATCH");
                authority.putArray("values").addObject().putObject("value").put("name", value[1]).put("id", value[0]);
            }
        }
        return intent;
    }

    private JsonNode attributes() {
        ObjectNode attributes = NODES.objectNode();
        switch (random.nextInt(4)) {
            case 0 -> { }
            case 1 -> attributes.put("routine", pick(List.of("CALF", "NECK", "NOPE", "")))
                    .put("step", random.nextInt(20) - 5);
            case 2 -> attributes.put("step", "three").putArray("awaiting").add(1);
            default -> attributes.put(pick(List.of("paused", "rounds", "lastTopic", "awaiting")), pick(ODD_WORDS));
        }
        return attributes;
    }

    /** One kind of damage: a dropped field, a wrong JSON type, or cut-off bytes. */
    private byte[] damage(ObjectNode envelope, byte[] bytes) throws IOException {
        switch (random.nextInt(4)) {
            case 0 -> {
                return Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            case 1 -> {
                ObjectNode node = randomObject(envelope);
                List<String> names = new ArrayList<>();
                node.fieldNames().forEachRemaining(names::add);
                if (!names.isEmpty()) {
                    node.remove(pick(names));
                }
            }
            default -> {
                ObjectNode node = randomObject(envelope);
                List<String> names = new ArrayList<>();
                node.fieldNames().forEachRemaining(names::add);
                if (!names.isEmpty()) {
                    node.set(pick(names), wrongValue());
                }
            }
        }
        return JSON.writeValueAsBytes(envelope);
    }

    private ObjectNode randomObject(ObjectNode root) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(root, objects);
        return pick(objects);
    }

    private static void collect(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            collect(children.next(), objects);
        }
    }

    private JsonNode wrongValue() {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(random.nextInt());
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.arrayNode().add(pick(ODD_WORDS));
            case 4 -> NODES.objectNode().put("surprise", pick(ODD_WORDS));
            default -> NODES.textNode(pick(ODD_WORDS));
        };
    }

    private void readModel() throws IOException {
        JsonNode model = JSON.readTree(Path.of("interactionModel", "en-US.json").toFile())
                .path("interactionModel").path("languageModel");
        model.path("intents").forEach(intent -> intents.add(intent.path("name").asText()));
        intents.addAll(List.of("OrderPizzaIntent", "AMAZON.ScrollDownIntent", ""));
        for (JsonNode type : model.path("types")) {
            for (JsonNode value : type.path("values")) {
                values.add(new String[] {value.path("id").asText(), value.at("/name/value").asText()});
                for (JsonNode synonym : value.at("/name/synonyms")) {
                    values.add(new String[] {value.path("id").asText(), synonym.asText()});
                }
            }
        }
        values.add(new String[] {"NOT_AN_ID", "something"});
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

}
