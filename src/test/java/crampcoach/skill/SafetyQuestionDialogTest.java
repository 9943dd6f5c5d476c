package crampcoach.skill;

import static crampcoach.skill.Dialog.slot;
import static crampcoach.skill.Dialog.unmatched;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crampcoach.content.ContentLibrary;
import crampcoach.content.LocaleContent;
import crampcoach.safety.SafetyQuestion;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The safety question, when the gate is unsure")
class SafetyQuestionDialogTest {

    private static final LocaleContent US = new ContentLibrary().forLocale("en-US");

    private Dialog alexa;

    @BeforeEach
    void newDevice() {
        alexa = Dialog.inLocale("en-US");
    }

    private static SafetyQuestion question(String id) {
        return US.redFlags().question(id).orElseThrow();
    }

    private static String message(String id) {
        return US.messages().text(id);
    }

    @Test
    @DisplayName("\"I fell out of bed\" gets one question about injury signs before any stretch, and keeps listening")
    void a_fall_gets_the_question_first() {
        Heard heard = alexa.oneShot("StretchIntent", slot("muscle", "calf", "CALF"), unmatched("symptom", "i fell out of bed"));
        SafetyQuestion asked = question(heard.sessionAttributes().path("redFlagCheck").asText());
        assertTrue(heard.words().contains(asked.question()), heard.words());
        assertTrue(asked.names("HEAD_NECK_INJURY"), "a fall asks about a knock to the head: " + asked.question());
        assertTrue(heard.keepsListening());
        assertEquals(Duration.ZERO, heard.totalPause(), "no stretch before the answer");
    }

    @Test
    @DisplayName("a locked cramp, \"I can't move my leg, the cramp's got it\", asks about numbness first; \"no\" plays the stretch")
    void a_locked_cramp_asks_then_no_plays_the_stretch() {
        Heard asking = alexa.oneShot("StretchIntent", slot("muscle", "calf", "CALF"),
                unmatched("symptom", "i can't move my leg the cramp's got it"));
        SafetyQuestion asked = question(asking.sessionAttributes().path("redFlagCheck").asText());
        assertEquals("NUMBNESS", asked.categories().get(0), asked.question());
        assertFalse(asking.words().contains(message("redFlag.emergency")), "no emergency answer for a cramp: " + asking.words());
        assertEquals(Duration.ZERO, asking.totalPause(), "no stretch before the answer");
        Heard heard = alexa.say("AMAZON.NoIntent");
        assertTrue(heard.totalPause().compareTo(Duration.ofSeconds(20)) > 0, "the calf routine plays: " + heard.ssml());
    }

    @Test
    @DisplayName("a locked cramp answered \"yes\" gets help for the signs it named, and no stretch")
    void a_locked_cramp_answered_yes_gets_the_answer() {
        alexa.oneShot("StretchIntent", slot("muscle", "calf", "CALF"), unmatched("symptom", "my leg locked and i couldn't move it"));
        Heard heard = alexa.say("AMAZON.YesIntent");
        assertEquals(Duration.ZERO, heard.totalPause(), "no stretch: " + heard.ssml());
        assertTrue(heard.words().contains(message("redFlag.emergency")) || heard.words().contains(message("redFlag.urgent")),
                "a yes gets at least the urgent answer: " + heard.words());
        assertTrue(heard.endsSession());
    }

    @Test
    @DisplayName("silence hears the safe side, with the emergency number")
    void silence_hears_the_number() {
        Heard heard = alexa.oneShot("ReportSymptomIntent", unmatched("symptom", "my arm feels funny"));
        assertTrue(heard.reprompt().contains(US.settings().emergencyNumberSpoken()), heard.reprompt());
    }

    @Test
    @DisplayName("\"yes\" gets the emergency answer for the signs the question named, and no stretch")
    void yes_gets_the_emergency_answer() {
        Heard asking = alexa.oneShot("StretchIntent", slot("muscle", "calf", "CALF"), unmatched("symptom", "my arm feels funny"));
        SafetyQuestion asked = question(asking.sessionAttributes().path("redFlagCheck").asText());
        assertTrue(asked.names("STROKE_SIGNS"), asked.question());
        Heard heard = alexa.say("AMAZON.YesIntent");
        assertTrue(heard.words().contains(asked.reason()), heard.words());
        assertTrue(heard.words().contains(message("redFlag.emergency")), heard.words());
        assertTrue(heard.endsSession());
        assertEquals(Duration.ZERO, heard.totalPause());
        assertFalse(heard.words().contains(message("ask.wantsStretch")));
    }

    @Test
    @DisplayName("\"no\" carries on with the calf stretch the person asked for")
    void no_carries_on_with_the_stretch() {
        alexa.oneShot("StretchIntent", slot("muscle", "calf", "CALF"), unmatched("symptom", "i fell out of bed"));
        Heard heard = alexa.say("AMAZON.NoIntent");
        assertTrue(heard.totalPause().compareTo(Duration.ofSeconds(20)) > 0, "the calf routine plays: " + heard.ssml());
        assertTrue(heard.keepsListening());
        assertFalse(heard.sessionAttributes().has("redFlagCheck"), "nothing of the question is kept once answered");
    }

    @Test
    @DisplayName("the session keeps ids only: the question, the intent and the muscle, never the words")
    void the_session_keeps_ids_only() {
        Heard heard = alexa.oneShot("StretchIntent", slot("muscle", "calf", "CALF"), unmatched("symptom", "i fell out of bed"));
        assertTrue(heard.sessionAttributes().path("redFlagCheck").asText().matches("SIGNS:[A-Z_]+(,[A-Z_]+){0,3}"),
                heard.sessionAttributes().toString());
        assertEquals("STRETCH", heard.sessionAttributes().path("redFlagCarryOn").asText());
        assertEquals("CALF", heard.sessionAttributes().path("redFlagMuscle").asText());
        assertFalse(heard.sessionAttributes().toString().contains("fell"), heard.sessionAttributes().toString());
    }

    @Test
    @DisplayName("\"no\" to a symptom report answers the report")
    void no_answers_the_report() {
        alexa.oneShot("ReportSymptomIntent", unmatched("symptom", "my arm feels funny"));
        Heard heard = alexa.say("AMAZON.NoIntent");
        assertTrue(heard.words().endsWith(message("ask.wantsStretch")), heard.words());
    }

    @Test
    @DisplayName("an unclear answer hears the safe side, names the number and ends the session")
    void unclear_gets_the_safe_side() {
        alexa.oneShot("StretchIntent", slot("muscle", "calf", "CALF"), unmatched("symptom", "i fell out of bed"));
        Heard heard = alexa.say("AMAZON.HelpIntent");
        assertTrue(heard.words().contains(message("safety.unclear")), heard.words());
        assertTrue(heard.words().contains(US.settings().emergencyNumberSpoken()));
        assertTrue(heard.endsSession());
    }

    @Test
    @DisplayName("a red flag given as the answer gets the red-flag answer")
    void a_red_flag_answer_wins() {
        alexa.oneShot("ReportSymptomIntent", unmatched("symptom", "i fell out of bed"));
        Heard heard = alexa.say("ReportSymptomIntent", unmatched("symptom", "i hit my head"));
        assertTrue(heard.words().contains(message("redFlag.emergency")), heard.words());
    }

    @Test
    @DisplayName("at most one question per session")
    void one_question_per_session() {
        alexa.oneShot("StretchIntent", slot("muscle", "calf", "CALF"), unmatched("symptom", "i fell out of bed"));
        alexa.say("AMAZON.NoIntent");
        Heard heard = alexa.say("ReportSymptomIntent", unmatched("symptom", "my arm feels funny"));
        assertFalse(heard.words().contains(question("EMERGENCY_SIGNS").question()), heard.words());
        assertFalse(heard.sessionAttributes().has("redFlagCheck"), heard.sessionAttributes().toString());
    }

    @Test
    @DisplayName("a tampered question id gets the safe side with the number, not a stretch")
    void a_tampered_question_id_gets_the_safe_side() {
        Heard heard = alexa.sayWithAttributes("{\"awaiting\": \"RED_FLAG_CHECK\", \"redFlagCheck\": \"SIGNS:CHEST_PAIN,NOT_A_SIGN\","
                + " \"redFlagCarryOn\": \"STRETCH\", \"redFlagMuscle\": \"CALF\"}", "AMAZON.NoIntent");
        assertEquals(Duration.ZERO, heard.totalPause(), "no stretch after a question the skill never asked: " + heard.ssml());
        assertTrue(heard.words().contains(message("safety.unclear")), heard.words());
    }

    @Test
    @DisplayName("never a question instead of an answer the gate is sure of")
    void no_question_instead_of_a_sure_answer() {
        Heard heard = alexa.oneShot("ReportSymptomIntent", unmatched("symptom", "i fell and now i can't breathe"));
        assertTrue(heard.words().contains(message("redFlag.emergency")), heard.words());
        assertTrue(heard.endsSession());
    }

    @Test
    @DisplayName("ordinary cramp talk gets no question")
    void ordinary_talk_is_not_questioned() {
        Heard heard = alexa.oneShot("StretchIntent", slot("muscle", "calf", "CALF"), unmatched("symptom", "it woke me up again"));
        assertTrue(heard.totalPause().compareTo(Duration.ofSeconds(20)) > 0, heard.ssml());
    }

    @Test
    @DisplayName("a belly cramp gets a doctor today, and no stretch or rubbing")
    void belly_cramp_is_urgent() {
        Heard heard = alexa.oneShot("ReportSymptomIntent", unmatched("symptom", "bad cramps in my tummy"));
        assertTrue(heard.words().contains(message("redFlag.urgent")), heard.words());
        assertEquals(Duration.ZERO, heard.totalPause());
    }

    @ParameterizedTest(name = "in {0}")
    @DisplayName("the question and its safe side name the local number in every locale")
    @ValueSource(strings = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN"})
    void every_locale_asks(String locale) {
        LocaleContent content = new ContentLibrary().forLocale(locale);
        Dialog dialog = Dialog.inLocale(locale);
        Heard asked = dialog.oneShot("ReportSymptomIntent", unmatched("symptom", "i fell out of bed"));
        assertTrue(asked.keepsListening());
        assertTrue(asked.reprompt().contains(content.settings().emergencyNumberSpoken()), asked.reprompt());
        Heard yes = dialog.say("AMAZON.YesIntent");
        assertTrue(yes.words().contains(content.settings().emergencyNumberSpoken()), yes.words());
    }

    @Test
    @DisplayName("a red flag heard in ordinary-sounding words is asked about; after the session's one question, it is answered")
    void a_doubted_red_flag_is_asked_about_once_and_then_answered() {
        Heard asking = alexa.oneShot("ReportSymptomIntent", unmatched("symptom", "my leg's a bit red because i had the hot water bottle on it"));
        SafetyQuestion asked = question(asking.sessionAttributes().path("redFlagCheck").asText());
        assertTrue(asked.names("RED_SWOLLEN_SKIN"), asked.question());
        Heard no = alexa.say("AMAZON.NoIntent");
        assertFalse(no.words().contains(message("redFlag.urgent")), no.words());
        Heard again = alexa.say("ReportSymptomIntent", unmatched("symptom", "my leg's a bit red because i had the hot water bottle on it"));
        assertTrue(again.words().contains(message("redFlag.urgent")), "no second question: the rules' answer stands: " + again.words());
    }
}
