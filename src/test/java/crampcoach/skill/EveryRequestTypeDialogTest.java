package crampcoach.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crampcoach.content.ContentLibrary;
import crampcoach.content.LocaleContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Every request type gets the answer Alexa allows")
class EveryRequestTypeDialogTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocaleContent US = new ContentLibrary().forLocale("en-US");

    /** The launch envelope with its request replaced: what Alexa sends outside a conversation. */
    static ObjectNode envelope(String requestJson) {
        try {
            ObjectNode envelope = (ObjectNode) JSON.readTree(Dialog.read("launch.json"));
            ObjectNode request = (ObjectNode) JSON.readTree(requestJson);
            request.put("requestId", "amzn1.echo-api.request.test");
            request.put("timestamp", "2026-11-25T03:12:45Z");
            request.put("locale", "en-US");
            envelope.set("request", request);
            return envelope;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Heard send(ObjectNode envelope) {
        try {
            return Dialog.inLocale("en-US").raw(JSON.writeValueAsBytes(envelope));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Nested
    @DisplayName("requests no one is listening to: an empty response")
    class Silent {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "{\"type\":\"System.ExceptionEncountered\",\"error\":{\"type\":\"INVALID_RESPONSE\",\"message\":\"bad\"},"
                    + "\"cause\":{\"requestId\":\"amzn1.echo-api.request.before\"}}",
            "{\"type\":\"AudioPlayer.PlaybackStarted\",\"token\":\"t\",\"offsetInMilliseconds\":0}",
            "{\"type\":\"AudioPlayer.PlaybackFailed\",\"token\":\"t\",\"error\":{\"type\":\"MEDIA_ERROR_UNKNOWN\"}}",
            "{\"type\":\"PlaybackController.NextCommandIssued\"}",
            "{\"type\":\"PlaybackController.PauseCommandIssued\"}",
            "{\"type\":\"AlexaSkillEvent.SkillEnabled\"}",
            "{\"type\":\"Some.TypeFromTheFuture\",\"whatever\":[1,2,3]}",
            "{\"type\":\"AudioPlayer.PlaybackStopped\",\"offsetInMilliseconds\":\"not a number\"}",
        })
        void no_speech_no_card_no_reprompt(String request) {
            Heard heard = send(envelope(request));

            assertEquals("", heard.ssml());
            JsonNode response = heard.response().path("response");
            assertTrue(response.path("card").isMissingNode() && response.path("reprompt").isMissingNode(),
                    response.toString());
        }
    }

    @Nested
    @DisplayName("\"Alexa, how do I stop a calf cramp?\": can-fulfil answers")
    class CanFulfil {

        private JsonNode ask(String intent, String slotsJson) {
            Heard heard = send(envelope("{\"type\":\"CanFulfillIntentRequest\",\"intent\":{\"name\":\"" + intent
                    + "\",\"confirmationStatus\":\"NONE\",\"slots\":" + slotsJson + "}}"));
            assertEquals("", heard.ssml(), "no speech in a can-fulfil answer");
            return heard.response().path("response").path("canFulfillIntent");
        }

        private static String slot(String name, String value, String id) {
            String resolution = id == null
                    ? "{\"authority\":\"a\",\"status\":{\"code\":\"ER_SUCCESS_NO_MATCH\"}}"
                    : "{\"authority\":\"a\",\"status\":{\"code\":\"ER_SUCCESS_MATCH\"},\"values\":[{\"value\":{\"name\":\""
                            + value + "\",\"id\":\"" + id + "\"}}]}";
            return "{\"" + name + "\":{\"name\":\"" + name + "\",\"value\":\"" + value
                    + "\",\"confirmationStatus\":\"NONE\",\"resolutions\":{\"resolutionsPerAuthority\":[" + resolution
                    + "]}}}";
        }

        @Test
        void a_calf_cramp_is_yes_with_the_muscle_understood_and_fulfilled() {
            JsonNode answer = ask("StretchIntent", slot("muscle", "calf", "CALF"));

            assertEquals("YES", answer.path("canFulfill").asText());
            assertEquals("YES", answer.at("/slots/muscle/canUnderstand").asText());
            assertEquals("YES", answer.at("/slots/muscle/canFulfill").asText());
        }

        @Test
        void a_stomach_cramp_has_no_guided_stretch_so_it_is_no() {
            JsonNode answer = ask("StretchIntent", slot("muscle", "stomach", "STOMACH"));

            assertEquals("NO", answer.path("canFulfill").asText());
            assertEquals("YES", answer.at("/slots/muscle/canUnderstand").asText());
            assertEquals("NO", answer.at("/slots/muscle/canFulfill").asText());
        }

        @Test
        void a_muscle_the_model_does_not_know_is_no() {
            JsonNode answer = ask("StretchIntent", slot("muscle", "eyelid", null));

            assertEquals("NO", answer.path("canFulfill").asText());
            assertEquals("NO", answer.at("/slots/muscle/canUnderstand").asText());
        }

        @Test
        void a_topic_without_slots_is_yes() {
            assertEquals("YES", ask("HeatOrColdIntent", "{}").path("canFulfill").asText());
        }

        @Test
        void a_medicine_with_a_topic_is_yes_and_an_unknown_one_is_no() {
            assertEquals("YES", ask("MedicineIntent", slot("medicine", "baclofen", "PRESCRIPTION"))
                    .path("canFulfill").asText());
            JsonNode unknown = ask("MedicineIntent", slot("medicine", "gabapentin", null));
            assertEquals("NO", unknown.path("canFulfill").asText());
            assertEquals("NO", unknown.at("/slots/medicine/canFulfill").asText());
        }

        @Test
        void an_intent_of_another_skill_is_no() {
            assertEquals("NO", ask("OrderPizzaIntent", "{}").path("canFulfill").asText());
        }

        @Test
        void a_red_flag_is_no_so_an_emergency_is_not_routed_to_a_cramp_skill() {
            JsonNode answer = ask("StretchIntent", slot("muscle", "calf", "CALF").replace("}}}", "}}")
                    + "," + slot("symptom", "chest pain", "CHEST_PAIN").substring(1));

            assertEquals("NO", answer.path("canFulfill").asText(), answer.toString());
        }
    }

    @Test
    @DisplayName("pause mid-routine keeps the session open, with a reprompt that says how to carry on")
    void pause_keeps_the_place_honestly() {
        Dialog alexa = Dialog.inLocale("en-US");
        alexa.oneShot("StepByStepIntent", Dialog.slot("muscle", "calf", "CALF"));
        Heard paused = alexa.say("AMAZON.PauseIntent");

        assertTrue(paused.keepsListening());
        assertTrue(paused.reprompt().contains(US.messages().text("pause.question")), paused.reprompt());
        assertFalse(paused.words().toLowerCase(java.util.Locale.ROOT).contains("take your time"), paused.words());
    }

    @Test
    @DisplayName("a damaged event gets no speech, a body that is not JSON still gets the calm answer")
    void unreadable_input_speaks_only_where_it_may() {
        Heard damagedEvent = Dialog.inLocale("en-US").raw(Dialog.utf8(
                "{\"version\":\"1.0\",\"request\":{\"type\":\"System.ExceptionEncountered\",\"error\":7}}"));
        assertEquals("", damagedEvent.ssml());

        Heard notJson = Dialog.inLocale("en-US").raw(Dialog.utf8("{not json"));
        assertTrue(notJson.words().startsWith(firstSentence(US.messages().text("error.unreadable"))), notJson.words());
    }

    private static String firstSentence(String text) {
        return text.substring(0, text.indexOf('.') + 1);
    }
}
