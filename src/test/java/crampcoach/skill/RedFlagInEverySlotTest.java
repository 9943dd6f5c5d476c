package crampcoach.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crampcoach.content.ContentLibrary;
import crampcoach.content.LocaleContent;
import crampcoach.lambda.CrampCoachStreamHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gate sees everything the model captures: a red flag in any slot of any intent, in every locale,
 * as a plain value, as a resolved value, or inside a multi-value list, stops guidance. Every intent of
 * the model is tried, those without slots too: the gate reads whatever slots arrive, and since each
 * intent has a handler of its own, the emergency answer for all of them shows that the red-flag
 * handler is tried before any other.
 */
@DisplayName("A red flag in any slot of any intent, in every locale, stops guidance")
class RedFlagInEverySlotTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LOCALES = List.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN");
    private static final ContentLibrary LIBRARY = new ContentLibrary();
    /** One skill for all 300 requests, as one warm Lambda container would answer them. */
    private static final CrampCoachStreamHandler LAMBDA = new CrampCoachStreamHandler();

    /** Every (locale, intent, slot) the model declares, and a made-up slot for intents without one. */
    static Stream<Arguments> everySlot() {
        List<Arguments> cases = new ArrayList<>();
        for (String locale : LOCALES) {
            JsonNode intents = model(locale).path("interactionModel").path("languageModel").path("intents");
            for (JsonNode intent : intents) {
                String name = intent.path("name").asText();
                if (intent.path("slots").isEmpty()) {
                    cases.add(Arguments.of(locale, name, "note"));
                }
                for (JsonNode slot : intent.path("slots")) {
                    cases.add(Arguments.of(locale, name, slot.path("name").asText()));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}.{2}")
    @MethodSource("everySlot")
    void a_plain_value(String locale, String intent, String slot) {
        ObjectNode value = JSON.createObjectNode().put("name", slot).put("value", "chest pain");
        assertEmergency(locale, send(locale, intent, slot, value));
    }

    @ParameterizedTest(name = "{0} {1}.{2}")
    @MethodSource("everySlot")
    void a_dotted_value_inside_a_multi_value_list(String locale, String intent, String slot) {
        ObjectNode value = JSON.createObjectNode().put("name", slot);
        ObjectNode list = value.putObject("slotValue").put("type", "List");
        list.putArray("values").addObject().put("type", "Simple").put("value", "calf");
        ObjectNode second = ((ArrayNode) list.get("values")).addObject().put("type", "Simple").put("value", "my calf");
        ObjectNode authority = second.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
        authority.put("authority", "amzn1.er-authority.echo-sdk.test.SYMPTOM");
        authority.putObject("status").put("code", "ER_SUCCESS_MATCH");
        authority.putArray("values").addObject().putObject("value").put("name", "d. v. t.").put("id", "POSSIBLE_CLOT");
        Heard heard = send(locale, intent, slot, value);
        assertTrue(heard.words().contains(content(locale).messages().text("redFlag.urgent")), heard.words());
        assertTrue(heard.endsSession());
        assertEquals(Duration.ZERO, heard.totalPause());
    }

    private static void assertEmergency(String locale, Heard heard) {
        LocaleContent content = content(locale);
        assertTrue(heard.words().contains(content.messages().text("redFlag.emergency")), heard.words());
        assertTrue(heard.endsSession());
        assertEquals(Duration.ZERO, heard.totalPause(), "no stretch after a red flag");
    }

    private static Heard send(String locale, String intent, String slot, ObjectNode slotNode) {
        try {
            ObjectNode envelope = (ObjectNode) JSON.readTree(Dialog.read("one-shot-calf.json"));
            ObjectNode request = (ObjectNode) envelope.get("request");
            request.put("locale", locale);
            ObjectNode intentNode = (ObjectNode) request.get("intent");
            intentNode.put("name", intent);
            intentNode.putObject("slots").set(slot, slotNode);
            return Dialog.withHandler(LAMBDA, locale).raw(JSON.writeValueAsBytes(envelope));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocaleContent content(String locale) {
        return LIBRARY.forLocale(locale);
    }

    private static JsonNode model(String locale) {
        try {
            return JSON.readTree(Path.of("interactionModel", locale + ".json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
