package crampcoach.envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.model.interfaces.display.HintDirective;
import com.amazon.ask.model.interfaces.display.PlainTextHint;
import com.amazon.ask.model.ui.PlainTextOutputSpeech;
import com.amazon.ask.model.ui.PlayBehavior;
import com.amazon.ask.model.ui.Reprompt;
import com.amazon.ask.model.ui.SimpleCard;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import crampcoach.json.JsonTrees;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast reader and writer agree with the SDK's, and step aside where they do not cover a case. */
class EnvelopeCodecTest {

    private final EnvelopeCodec codec = new EnvelopeCodec();

    /** Priming requests that exercise the SDK's reader (see SnapStartPriming); every other one is on the fast path. */
    private static final java.util.Set<String> DECLINED_ON_PURPOSE = java.util.Set.of("echo-show-launch.json",
            "apl-user-event.json", "can-fulfill-intent.json", "connections-response.json", "skill-disabled.json");

    static Stream<Path> requestFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("src/test/resources/requests", "src/main/resources/priming", "src/bench/resources/requests")) {
            Path dir = Path.of(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> listed = Files.list(dir)) {
                    listed.filter(file -> file.toString().endsWith(".json")).sorted().forEach(files::add);
                }
            }
        }
        assertFalse(files.isEmpty(), "no request files found; run the tests from the project folder");
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("requestFiles")
    void everyRequestTheProjectSendsReadsAsTheSdkReadsIt(Path file) throws IOException {
        byte[] json = Files.readAllBytes(file);
        if (file.getFileName().toString().startsWith("malformed")) {
            assertThrows(AskSdkException.class, () -> codec.unmarshall(json));
            return;
        }
        boolean declinedOnPurpose = DECLINED_ON_PURPOSE.contains(file.getFileName().toString());
        assertEquals(!declinedOnPurpose, SdkEquivalence.assertReadsAsSdk(json).isPresent(), file + ": which reader took it");
        assertTrue(codec.unmarshall(json).isPresent(), file.toString());
    }

    @Test
    void aRichIntentRequestReadsAsTheSdkReadsIt() {
        String request = """
            {"version":"1.0",
             "session":{"new":false,"sessionId":"s1","application":{"applicationId":"app"},
                        "attributes":{"routine":"CALF","step":2,"big":12345678901,"huge":123456789012345678901234567890,
                                      "ratio":0.5,"on":true,"none":null,"list":[1,"two",[3]],"nested":{"a":{"b":"c"}}},
                        "user":{"userId":"u1","accessToken":"token"}},
             "context":{"System":{"application":{"applicationId":"app"},"user":{"userId":"u1"},
                                  "device":{"deviceId":"d1","persistentEndpointId":"p1",
                                            "supportedInterfaces":{"AudioPlayer":{}}},
                                  "person":{"personId":"person1"},"unit":{"unitId":"unit1"},
                                  "apiEndpoint":"https://api.amazonalexa.com","apiAccessToken":"t"}},
             "request":{"type":"IntentRequest","requestId":"r1","timestamp":"2026-11-25T04:12:45.123+01:00",
                        "locale":"en-GB","dialogState":"IN_PROGRESS",
                        "intent":{"name":"StretchIntent","confirmationStatus":"MAYBE_SOMEDAY",
                                  "slots":{
                                    "muscle":{"name":"muscle","value":"calf","confirmationStatus":"NONE","source":"USER",
                                              "resolutions":{"resolutionsPerAuthority":[
                                                {"authority":"a1","status":{"code":"ER_SUCCESS_MATCH"},
                                                 "values":[{"value":{"name":"calf","id":"CALF"}},{"value":{"name":"leg","id":"LEG"}}]},
                                                {"authority":"a2","status":{"code":"ER_SUCCESS_NO_MATCH"}}]},
                                              "slotValue":{"type":"Simple","value":"calf",
                                                           "resolutions":{"resolutionsPerAuthority":[
                                                             {"authority":"a1","status":{"code":"ER_SUCCESS_MATCH"},
                                                              "values":[{"value":{"name":"calf","id":"CALF"}}]}]}}},
                                    "symptom":{"name":"symptom","confirmationStatus":"NONE",
                                               "slotValue":{"type":"List","values":[
                                                 {"type":"Simple","value":"numb"},{"type":"Simple","value":"weak"}]}},
                                    "empty":{"name":"empty"}}}}}
            """;
        Optional<RequestEnvelope> read = SdkEquivalence.assertReadsAsSdk(utf8(request));

        assertTrue(read.isPresent());
        IntentRequest intent = assertInstanceOf(IntentRequest.class, read.get().getRequest());
        assertEquals("calf", intent.getIntent().getSlots().get("muscle").getValue());
        assertEquals(Integer.valueOf(2), read.get().getSession().getAttributes().get("step"));
        assertEquals(new BigInteger("123456789012345678901234567890"), read.get().getSession().getAttributes().get("huge"));
    }

    @Test
    void aSessionEndedRequestWithAnErrorReadsAsTheSdkReadsIt() {
        String request = """
            {"version":"1.0","session":{"new":false,"sessionId":"s1","application":{"applicationId":"app"},"user":{"userId":"u1"}},
             "context":{"System":{"application":{"applicationId":"app"}}},
             "request":{"type":"SessionEndedRequest","requestId":"r1","timestamp":"2026-11-25T03:12:45Z","locale":"en-US",
                        "reason":"ERROR","error":{"type":"INVALID_RESPONSE","message":"bad ssml"}}}
            """;

        Optional<RequestEnvelope> read = SdkEquivalence.assertReadsAsSdk(utf8(request));

        assertTrue(read.isPresent());
        assertEquals("bad ssml", assertInstanceOf(SessionEndedRequest.class, read.get().getRequest()).getError().getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a request type this skill does not answer
        "{\"version\":\"1.0\",\"request\":{\"type\":\"CanFulfillIntentRequest\",\"requestId\":\"r1\",\"locale\":\"en-US\"}}",
        // a launch with a task, which the SDK's model keeps
        "{\"version\":\"1.0\",\"request\":{\"type\":\"LaunchRequest\",\"requestId\":\"r1\",\"task\":{\"name\":\"t\",\"version\":\"1\"}}}",
        // a screen device's viewport, which the SDK's model keeps
        "{\"version\":\"1.0\",\"context\":{\"Viewport\":{\"shape\":\"ROUND\"}},\"request\":{\"type\":\"LaunchRequest\",\"requestId\":\"r1\"}}",
        // values of another JSON type than Alexa sends
        "{\"version\":\"1.0\",\"session\":{\"new\":\"true\"},\"request\":{\"type\":\"LaunchRequest\",\"requestId\":\"r1\"}}",
        "{\"version\":\"1.0\",\"request\":{\"type\":\"LaunchRequest\",\"requestId\":\"r1\",\"timestamp\":1764040365}}",
        "{\"version\":\"1.0\",\"session\":{\"attributes\":[\"routine\"]},\"request\":{\"type\":\"LaunchRequest\",\"requestId\":\"r1\"}}",
        "{\"version\":\"1.0\",\"request\":{\"type\":\"IntentRequest\",\"requestId\":\"r1\",\"intent\":{\"name\":\"HelpIntent\",\"slots\":[]}}}",
        "{\"version\":\"1.0\",\"request\":{\"type\":\"LaunchRequest\",\"requestId\":\"r1\",\"timestamp\":\"yesterday\"}}",
        // not an envelope at all
        "[1, 2, 3]",
        "{\"version\":\"1.0\"}"
    })
    void whatTheFastReaderDoesNotCoverGoesToTheSdkReader(String request) throws IOException {
        byte[] json = utf8(request);

        assertFalse(new RequestReader().read(JsonTrees.read(json)).isPresent(), "the fast reader should decline");
        Object sdk = outcome(() -> SdkEquivalence.sdkReading(json));
        Object codecs = outcome(() -> codec.unmarshall(json).map(read -> read.getUnmarshalledRequest()));
        assertEquals(sdk, codecs, "the codec should answer as the SDK does");
    }

    @Test
    void bytesThatAreNotJsonAreADeserializationErrorAsInTheSdk() {
        assertThrows(AskSdkException.class, () -> codec.unmarshall(utf8("{\"version\": ")));
        assertThrows(AskSdkException.class, () -> codec.unmarshall(new byte[0]));
    }

    @Test
    void aCoachingAnswerIsWrittenAsTheSdkWritesIt() throws IOException {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("routine", "CALF");
        attributes.put("step", 3);
        attributes.put("big", 12345678901L);
        attributes.put("ratio", 0.25);
        attributes.put("flags", List.of(true, "x", Map.of("k", 1)));
        attributes.put("empty", Map.of());
        ResponseEnvelope envelope = ResponseEnvelope.builder()
                .withVersion("1.0")
                .withUserAgent("ask-java/test")
                .withSessionAttributes(attributes)
                .withResponse(Response.builder()
                        .withOutputSpeech(SsmlOutputSpeech.builder().withSsml("<speak>Hold it &amp; breathe.</speak>").build())
                        .withReprompt(Reprompt.builder()
                                .withOutputSpeech(SsmlOutputSpeech.builder().withSsml("<speak>Has it eased?</speak>").build())
                                .build())
                        .withCard(SimpleCard.builder().withTitle("Calf stretch").withContent("Pull your toes up. \"Gently\".").build())
                        .withShouldEndSession(false)
                        .build())
                .build();

        assertWrittenAsSdk(envelope);
    }

    @Test
    void aClosingAnswerWithPlainTextAndAPlayBehaviorIsWrittenAsTheSdkWritesIt() throws IOException {
        ResponseEnvelope envelope = ResponseEnvelope.builder()
                .withVersion("1.0")
                .withSessionAttributes(Map.of())
                .withResponse(Response.builder()
                        .withOutputSpeech(PlainTextOutputSpeech.builder().withText("Goodbye.").withPlayBehavior(PlayBehavior.REPLACE_ALL).build())
                        .withCard(SimpleCard.builder().withTitle("").withContent("Only content").build())
                        .withShouldEndSession(true)
                        .build())
                .build();

        assertWrittenAsSdk(envelope);
    }

    @Test
    void aResponseWithADirectiveIsLeftToTheSdkWriter() throws IOException {
        ResponseEnvelope envelope = ResponseEnvelope.builder()
                .withVersion("1.0")
                .withResponse(Response.builder()
                        .withOutputSpeech(SsmlOutputSpeech.builder().withSsml("<speak>Hi.</speak>").build())
                        .addDirectivesItem(HintDirective.builder().withHint(PlainTextHint.builder().withText("say help").build()).build())
                        .build())
                .build();

        assertFalse(new ResponseWriter(JsonTrees.factory()).write(envelope).isPresent());
        assertEquals(SdkEquivalence.sdkWriting(envelope), SdkEquivalence.tree(codec.marshall(envelope)));
    }

    private void assertWrittenAsSdk(ResponseEnvelope envelope) throws IOException {
        Optional<byte[]> fast = new ResponseWriter(JsonTrees.factory()).write(envelope);
        assertTrue(fast.isPresent(), "the fast writer should cover this response");
        assertEquals(SdkEquivalence.sdkWriting(envelope), SdkEquivalence.tree(fast.get()));
        SdkEquivalence.assertWritesAsSdk(fast.get());
    }

    /** What a call returned, or the class of what it threw: outcomes to compare. */
    private static Object outcome(ThrowingSupplier call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    private interface ThrowingSupplier {
        Object get();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
