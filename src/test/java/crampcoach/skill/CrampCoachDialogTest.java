package crampcoach.skill;

import static crampcoach.skill.Dialog.slot;
import static crampcoach.skill.Dialog.unmatched;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.exception.AskSdkException;
import crampcoach.content.ContentLibrary;
import crampcoach.content.LocaleContent;
import crampcoach.guidance.Routine;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Cramp Coach, as Alexa talks to it")
class CrampCoachDialogTest {

    private static final LocaleContent US = new ContentLibrary().forLocale("en-US");

    private Dialog alexa;

    @BeforeEach
    void newDevice() {
        alexa = Dialog.inLocale("en-US");
    }

    private static Routine routine(String id) {
        return US.routines().find(id).orElseThrow();
    }

    private static String firstWords(String text, int count) {
        String[] words = text.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(count, words.length)));
    }

    private static String message(String id) {
        return US.messages().text(id);
    }

    @Nested
    @DisplayName("Woken by a calf cramp: \"ask cramp coach to help with my calf cramp\"")
    class OneShotCalfCramp {

        private Heard heard;

        @BeforeEach
        void ask() {
            heard = alexa.oneShot("StretchIntent", slot("muscle", "calf", "CALF"));
        }

        @Test
        @DisplayName("starts the first instruction within the first dozen spoken words")
        void first_instruction_comes_at_once() {
            String firstInstruction = firstWords(routine("CALF").step(0).instruction(), 4);
            int at = heard.words().indexOf(firstInstruction);
            assertTrue(at >= 0, heard.words());
            int wordsBefore = heard.words().substring(0, at).isBlank() ? 0 : heard.words().substring(0, at).strip().split("\\s+").length;
            assertTrue(wordsBefore <= 12, wordsBefore + " words before the first instruction: " + heard.words());
        }

        @Test
        @DisplayName("plays every step with its timed holds, hands-free, in one response")
        void plays_the_whole_routine_with_holds() {
            Routine calf = routine("CALF");
            for (var step : calf.steps()) {
                assertTrue(heard.words().contains(step.instruction()), "missing step: " + step.instruction());
            }
            assertEquals(calf.totalHold(), heard.totalPause());
            assertTrue(heard.totalPause().compareTo(Duration.ofSeconds(60)) >= 0, "holds: " + heard.totalPause());
            assertTrue(heard.words().contains(message("cue.release")));
            assertTrue(heard.words().contains(calf.safety()), "says how to stay safe");
        }

        @Test
        @DisplayName("then asks one short question and keeps listening")
        void asks_whether_it_eased() {
            assertTrue(heard.keepsListening());
            assertTrue(heard.words().endsWith(message("routine.question")), heard.words());
            assertTrue(heard.reprompt().contains(message("routine.question")));
            assertEquals("CALF", heard.sessionAttributes().path("routine").asText());
        }

        @Test
        @DisplayName("says once that it is not a substitute for medical advice")
        void disclaims_once() {
            assertTrue(heard.words().contains(message("disclaimer")));
            Heard next = alexa.say("MassageIntent");
            assertFalse(next.words().contains(message("disclaimer")), next.words());
        }

        @Test
        @DisplayName("\"no\" plays it again; after three rounds it sends the person for help")
        void a_cramp_that_will_not_ease_becomes_a_red_flag() {
            Heard again = alexa.say("AMAZON.NoIntent");
            assertTrue(again.words().startsWith(message("eased.no")), again.words());
            assertTrue(again.keepsListening());
            alexa.say("AMAZON.NoIntent");
            Heard help = alexa.say("AMAZON.NoIntent");
            assertTrue(help.endsSession());
            assertTrue(help.words().contains(US.settings().emergencyNumberSpoken()), help.words());
            assertEquals(Duration.ZERO, help.totalPause(), "no stretch after a red flag");
        }

        @Test
        @DisplayName("\"yes, it eased\" says good night and closes")
        void eased_closes_the_session() {
            Heard bye = alexa.say("AMAZON.YesIntent");
            assertEquals(message("eased.yes"), bye.words());
            assertTrue(bye.endsSession());
        }
    }

    @Nested
    @DisplayName("Opened without a muscle")
    class LaunchThenMuscle {

        @Test
        @DisplayName("\"open cramp coach\" welcomes briefly, disclaims once and asks where the cramp is")
        void launch_asks_where() {
            Heard heard = alexa.launch();
            assertEquals(message("launch.welcome") + " " + message("disclaimer") + " " + message("ask.where"), heard.words());
            assertTrue(heard.keepsListening());
        }

        @Test
        @DisplayName("then \"my foot\" plays the foot routine without the disclaimer again")
        void then_a_muscle_plays_its_routine() {
            alexa.launch();
            Heard heard = alexa.say("StretchIntent", slot("muscle", "foot", "FOOT"));
            assertTrue(heard.words().contains(routine("FOOT").step(0).instruction()));
            assertFalse(heard.words().contains(message("disclaimer")));
        }

        @Test
        @DisplayName("\"I have a cramp\" asks one short question: where is it?")
        void no_muscle_asks_where() {
            Heard heard = alexa.oneShot("StretchIntent");
            assertTrue(heard.words().endsWith(message("ask.where")), heard.words());
            assertEquals(Duration.ZERO, heard.totalPause());
        }

        @Test
        @DisplayName("a plain \"thigh\" asks front or back, and \"the back\" gets the hamstring stretch")
        void thigh_asks_front_or_back() {
            Heard question = alexa.oneShot("StretchIntent", slot("muscle", "thigh", "THIGH"));
            assertTrue(question.words().contains(message("ask.thighSide")));
            Heard heard = alexa.say("StretchIntent", slot("muscle", "the back", "LOWER_BACK"));
            assertTrue(heard.words().contains(routine("BACK_THIGH").step(0).instruction()), heard.words());
        }

        @Test
        @DisplayName("\"the back\" when nobody asked about the thigh means the lower back")
        void back_alone_is_the_lower_back() {
            Heard question = alexa.oneShot("StretchIntent", slot("muscle", "back", "LOWER_BACK"));
            assertEquals(routine("LOWER_BACK").check().orElseThrow().question(), question.words());
            Heard heard = alexa.say("AMAZON.NoIntent");
            assertTrue(heard.words().contains(routine("LOWER_BACK").step(0).instruction()), heard.words());
        }

        @Test
        @DisplayName("a muscle the model does not know gets general advice, not an invented stretch")
        void unknown_muscle_gets_general_advice() {
            // Not an arm word: arm cramps need a doctor, and the second opinion asks about them.
            Heard heard = alexa.oneShot("StretchIntent", unmatched("muscle", "shin"));
            assertTrue(heard.words().startsWith(firstWords(message("stretch.noRoutine"), 6)), heard.words());
            assertEquals(Duration.ZERO, heard.totalPause());
            assertTrue(heard.keepsListening());
        }
    }

    @Nested
    @DisplayName("Step by step")
    class StepByStep {

        private Routine calf;

        @BeforeEach
        void start() {
            calf = routine("CALF");
            Heard first = alexa.oneShot("StepByStepIntent", slot("muscle", "calf", "CALF"));
            assertTrue(first.words().contains(calf.step(0).instruction()));
            assertFalse(first.words().contains(calf.step(1).instruction()));
            assertTrue(first.words().endsWith(message("step.question")));
        }

        @Test
        @DisplayName("next, previous, repeat and start over move through the steps")
        void moves_through_the_steps() {
            assertTrue(alexa.say("AMAZON.NextIntent").words().contains(calf.step(1).instruction()));
            assertTrue(alexa.say("AMAZON.RepeatIntent").words().contains(calf.step(1).instruction()));
            assertTrue(alexa.say("AMAZON.PreviousIntent").words().contains(calf.step(0).instruction()));
            Heard atStart = alexa.say("AMAZON.PreviousIntent");
            assertTrue(atStart.words().startsWith(message("step.atStart")));
            alexa.say("AMAZON.NextIntent");
            assertTrue(alexa.say("AMAZON.StartOverIntent").words().contains(calf.step(0).instruction()));
        }

        @Test
        @DisplayName("pause keeps the place and resume picks it up")
        void pause_and_resume() {
            alexa.say("AMAZON.NextIntent");
            Heard paused = alexa.say("AMAZON.PauseIntent");
            assertTrue(paused.words().startsWith(message("pause.paused")));
            assertTrue(paused.keepsListening());
            assertTrue(alexa.say("AMAZON.ResumeIntent").words().contains(calf.step(1).instruction()));
        }

        @Test
        @DisplayName("the last step asks whether it eased, and next after it says so")
        void the_last_step_asks_whether_it_eased() {
            Heard heard = null;
            for (int i = 1; i < calf.stepCount(); i++) {
                heard = alexa.say("AMAZON.NextIntent");
            }
            assertTrue(heard.words().endsWith(message("routine.question")));
            assertTrue(alexa.say("AMAZON.NextIntent").words().startsWith(message("step.atEnd")));
        }

        @Test
        @DisplayName("a red flag mid-routine stops guidance before any step is spoken")
        void red_flag_mid_routine_wins() {
            Heard heard = alexa.say("ReportSymptomIntent", slot("symptom", "my leg is numb", "NUMBNESS"));
            assertTrue(heard.endsSession());
            assertFalse(heard.words().contains(calf.step(1).instruction()));
            assertEquals(Duration.ZERO, heard.totalPause());
            assertTrue(heard.words().contains(message("redFlag.urgent").substring(0, 20)), heard.words());
        }

        @Test
        @DisplayName("a red flag riding on a stretch request beats the stretch")
        void red_flag_in_a_stretch_request_wins() {
            Heard heard = alexa.say("StretchIntent", slot("muscle", "calf", "CALF"),
                    unmatched("symptom", "it's red and swollen"));
            assertTrue(heard.endsSession());
            assertEquals(Duration.ZERO, heard.totalPause());
        }
    }

    @Nested
    @DisplayName("Red flags")
    class RedFlags {

        @Test
        @DisplayName("\"I can't catch my breath\" says to call 911 now, and ends the session")
        void breathing_is_an_emergency() {
            Heard heard = alexa.oneShot("ReportSymptomIntent", unmatched("symptom", "i can't catch my breath"));
            assertTrue(heard.words().contains(US.settings().emergencyNumberSpoken()), heard.words());
            assertTrue(heard.words().contains("now"));
            assertTrue(heard.endsSession());
            assertFalse(heard.cardText().isEmpty(), "leaves the advice on a card");
            assertFalse(heard.words().toLowerCase().contains("calling"), "never claims to call");
        }

        @Test
        @DisplayName("a chest \"cramp\" is an emergency, whatever slot it arrives in")
        void chest_is_an_emergency() {
            Heard heard = alexa.oneShot("StretchIntent", unmatched("muscle", "chest"));
            assertTrue(heard.words().contains(message("redFlag.emergency").substring(0, 30)), heard.words());
        }

        @Test
        @DisplayName("\"I hit my head and my neck is spasming\" gets no neck stretch")
        void head_injury_gets_no_stretch() {
            Heard heard = alexa.oneShot("StretchIntent", slot("muscle", "neck", "NECK"),
                    unmatched("symptom", "i hit my head"));
            assertTrue(heard.endsSession());
            assertEquals(Duration.ZERO, heard.totalPause());
        }

        @Test
        @DisplayName("\"no numbness\" is not a red flag")
        void negation_is_not_a_red_flag() {
            Heard heard = alexa.oneShot("ReportSymptomIntent", unmatched("symptom", "no numbness"));
            assertTrue(heard.keepsListening());
            assertTrue(heard.words().endsWith(message("ask.wantsStretch")), heard.words());
        }

        @ParameterizedTest(name = "{0} names {1}")
        @DisplayName("names the emergency number of the person's country")
        @ValueSource(strings = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN"})
        void names_the_local_number(String locale) {
            LocaleContent content = new ContentLibrary().forLocale(locale);
            Heard heard = Dialog.inLocale(locale).oneShot("ReportSymptomIntent", unmatched("symptom", "my chest hurts"));
            assertTrue(heard.words().contains(content.settings().emergencyNumberSpoken()), heard.words());
            assertTrue(content.settings().emergencyNumber().isPresent());
        }
    }

    @ParameterizedTest(name = "in {0}")
    @DisplayName("a guided stretch plays in every English locale")
    @ValueSource(strings = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN"})
    void a_stretch_plays_in_every_locale(String locale) {
        Heard heard = Dialog.inLocale(locale).oneShot("StretchIntent", slot("muscle", "calf", "CALF"));
        assertTrue(heard.totalPause().compareTo(Duration.ofSeconds(60)) >= 0, heard.words());
        assertTrue(heard.keepsListening());
    }

    @Test
    @DisplayName("a request carrying this skill's id is answered when the id is verified")
    void the_right_skill_id_is_answered() {
        SkillStreamHandler lambda = new SkillStreamHandler(CrampCoachSkill.create(
                new SkillSettings(Optional.of("amzn1.ask.skill.00000000-0000-0000-0000-000000000000")))) {
        };
        assertTrue(Dialog.withHandler(lambda, "en-US").launch().keepsListening());
    }

    @Nested
    @DisplayName("Built-in intents")
    class BuiltIns {

        @Test
        void help_says_what_it_can_do_and_listens() {
            alexa.launch();
            Heard heard = alexa.say("AMAZON.HelpIntent");
            assertTrue(heard.words().startsWith(message("help")));
            assertTrue(heard.keepsListening());
        }

        @ParameterizedTest
        @ValueSource(strings = {"AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent"})
        void stop_cancel_and_home_say_goodbye_and_close(String intent) {
            alexa.oneShot("StepByStepIntent", slot("muscle", "calf", "CALF"));
            Heard heard = alexa.say(intent);
            assertEquals(message("goodbye"), heard.words());
            assertTrue(heard.endsSession());
        }

        @Test
        void fallback_asks_again_and_names_the_emergency_number() {
            alexa.launch();
            Heard heard = alexa.say("AMAZON.FallbackIntent");
            assertTrue(heard.words().contains(US.settings().emergencyNumberSpoken()));
            assertTrue(heard.keepsListening());
        }

        @Test
        void session_ended_gets_no_speech() {
            Heard heard = alexa.fixture("session-ended.json");
            assertEquals("", heard.ssml());
        }

        @Test
        void next_with_no_routine_asks_where() {
            Heard heard = alexa.oneShot("AMAZON.NextIntent");
            assertTrue(heard.words().startsWith(message("step.noRoutine")));
            assertTrue(heard.keepsListening());
        }

        @Test
        void repeat_after_a_topic_says_it_again() {
            Heard topic = alexa.oneShot("HeatOrColdIntent");
            Heard again = alexa.say("AMAZON.RepeatIntent");
            assertEquals(firstWords(topic.words(), 10), firstWords(again.words(), 10));
        }
    }

    @Nested
    @DisplayName("Bad input gets a calm spoken answer")
    class BadInput {

        @Test
        void malformed_json() {
            Heard heard = alexa.fixture("malformed.json");
            assertEquals(new ContentLibrary().forLocale("xx").messages().text("error.unreadable"), heard.words());
        }

        @Test
        void json_that_is_not_an_alexa_request() {
            Heard heard = alexa.raw(Dialog.utf8("{\"hello\": \"world\"}"));
            assertEquals(new ContentLibrary().forLocale("xx").messages().text("error.unreadable"), heard.words());
            assertTrue(heard.endsSession());
        }

        @Test
        void an_unknown_intent() {
            Heard heard = alexa.oneShot("OrderPizzaIntent");
            assertTrue(heard.words().startsWith(message("unknownRequest")), heard.words());
            assertTrue(heard.keepsListening());
        }

        @Test
        void tampered_session_attributes_start_fresh() {
            Heard heard = alexa.sayWithAttributes(
                    "{\"routine\": \"../../etc\", \"step\": 99, \"pace\": 7, \"rounds\": -3, \"awaiting\": {}}",
                    "AMAZON.NextIntent");
            assertTrue(heard.words().startsWith(message("step.noRoutine")), heard.words());
        }

        @Test
        void a_step_past_the_end_of_the_routine() {
            Heard heard = alexa.sayWithAttributes("{\"routine\": \"CALF\", \"step\": 42, \"pace\": \"STEP_BY_STEP\"}",
                    "AMAZON.PreviousIntent");
            assertTrue(heard.words().startsWith(message("step.noRoutine")), heard.words());
        }

        @Test
        @DisplayName("an unknown locale answers in English with no country's number")
        void unknown_locale_falls_back() {
            Heard heard = Dialog.inLocale("fr-FR").oneShot("ReportSymptomIntent", unmatched("symptom", "my chest hurts"));
            assertTrue(heard.words().contains("your local emergency number"), heard.words());
        }

        @Test
        void a_slot_with_no_value() {
            Heard heard = alexa.oneShot("ReportSymptomIntent", Dialog.empty("symptom"));
            assertTrue(heard.words().startsWith(message("symptom.noRedFlag")), heard.words());
            assertTrue(heard.words().endsWith(message("ask.wantsStretch")), heard.words());
            assertTrue(heard.keepsListening());
        }

        @Test
        @DisplayName("a request for another skill is refused, not answered")
        void another_skill_id_is_refused() {
            SkillStreamHandler lambda = new SkillStreamHandler(
                    CrampCoachSkill.create(new SkillSettings(Optional.of("amzn1.ask.skill.the-real-one")))) {
            };
            Dialog other = Dialog.withHandler(lambda, "en-US");
            // The SDK's stream handler throws this when its skill answers nothing: Lambda reports an
            // error to the caller and nothing is said.
            AskSdkException refused = assertThrows(AskSdkException.class, other::launch);
            assertEquals("Could not find a skill to handle the incoming request", refused.getMessage());
        }

        @Test
        @DisplayName("the same request with this skill's id is answered: the id alone was refused")
        void this_skill_id_is_answered() {
            SkillStreamHandler lambda = new SkillStreamHandler(CrampCoachSkill.create(
                    new SkillSettings(Optional.of("amzn1.ask.skill.00000000-0000-0000-0000-000000000000")))) {
            };
            Heard heard = Dialog.withHandler(lambda, "en-US").launch();
            assertTrue(heard.words().startsWith(message("launch.welcome")), heard.words());
        }
    }

    @Test
    @DisplayName("every topic is answered in a few sentences, with the session kept open")
    void every_topic_answers() {
        for (String intent : new String[] {"WhatElseHelpsIntent", "MassageIntent", "HeatOrColdIntent", "HydrationIntent",
                "FoodsIntent", "PainReliefIntent", "CreamsIntent", "PreventionIntent", "PrescriptionIntent",
                "MedicineCausesIntent", "PhysicalTherapyIntent", "MultipleSclerosisIntent", "WhenToSeeDoctorIntent"}) {
            Heard heard = Dialog.inLocale("en-US").oneShot(intent);
            String topic = US.topics().forIntent(intent).orElseThrow().text();
            assertAll(intent,
                    () -> assertTrue(heard.words().startsWith(topic), heard.words()),
                    () -> assertTrue(heard.keepsListening()));
        }
    }
}
