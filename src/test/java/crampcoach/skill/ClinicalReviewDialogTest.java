package crampcoach.skill;

import static crampcoach.skill.Dialog.slot;
import static crampcoach.skill.Dialog.unmatched;
import static crampcoach.skill.UsContent.US;
import static crampcoach.skill.UsContent.message;
import static crampcoach.skill.UsContent.routine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crampcoach.content.LocaleContent;
import crampcoach.guidance.Routine;
import crampcoach.guidance.Tempo;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a clinical reviewer asked of the spoken content (issue 10), heard the way Alexa hears it. */
@DisplayName("Clinically right content, as Alexa talks to the skill")
class ClinicalReviewDialogTest {

    private Dialog alexa;

    @BeforeEach
    void newDevice() {
        alexa = Dialog.inLocale("en-US");
    }

    private static String topic(LocaleContent content, String id) {
        return content.topics().forId(id).orElseThrow().text();
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Nested
    @DisplayName("A routine")
    class Routines {

        @Test
        @DisplayName("says how to stay safe, and the disclaimer, before the first hold and never after the routine")
        void safety_and_disclaimer_come_before_the_first_hold() {
            Heard heard = alexa.oneShot("StretchIntent", slot("muscle", "calf", "CALF"));
            Routine calf = routine("CALF");
            String opening = heard.saidBeforeFirstPause();
            assertTrue(opening.startsWith(calf.intro() + " " + calf.step(0).instruction()), opening);
            assertTrue(opening.contains(calf.safety()), opening);
            assertTrue(opening.endsWith(message("disclaimer")), opening);
            assertEquals(1, count(heard.words(), calf.safety()), "said once");
            assertEquals(1, count(heard.words(), message("disclaimer")), "said once");
            assertFalse(heard.saidAfterLastPause().contains(message("disclaimer")), heard.saidAfterLastPause());
        }

        @Test
        @DisplayName("step by step, the first step carries the safety line before its hold")
        void step_by_step_says_the_safety_line_first() {
            Heard heard = alexa.oneShot("StepByStepIntent", slot("muscle", "foot", "FOOT"));
            assertTrue(heard.saidBeforeFirstPause().contains(routine("FOOT").safety()), heard.words());
            assertTrue(heard.saidBeforeFirstPause().endsWith(message("disclaimer")), heard.words());
        }

        @Test
        @DisplayName("never says \"and relax\" just before \"a little closer\"")
        void no_relax_before_a_deeper_stretch() {
            Heard heard = alexa.oneShot("StretchIntent", slot("muscle", "calf", "CALF"));
            String closer = routine("CALF").step(1).instruction();
            assertTrue(heard.words().contains(message("cue.stay") + " " + closer), heard.words());
            assertFalse(heard.words().contains(message("cue.release") + " " + closer), heard.words());
            assertTrue(heard.words().contains(message("cue.release")), "the other holds still end with a release");
        }

        @Test
        @DisplayName("the calf massage says not to rub a calf that is swollen, hot or red, and lasts a minute")
        void calf_massage_warns_about_a_clot() {
            Heard heard = alexa.oneShot("StretchIntent", slot("muscle", "calf", "CALF"));
            String massage = routine("CALF").steps().stream().filter(step -> step.instruction().startsWith("Now rub"))
                    .findFirst().orElseThrow().instruction();
            assertTrue(massage.contains("Don't rub it if it's swollen, hot or red"), massage);
            assertTrue(heard.words().contains(massage), heard.words());
            assertTrue(routine("CALF").steps().stream().anyMatch(step -> step.instruction().equals(massage)
                    && step.hold().equals(Duration.ofSeconds(60))), "a minute of massage, as the seed says");
        }

        @Test
        @DisplayName("\"no, it hasn't eased\" plays it again more slowly: longer holds and rests between steps")
        void once_more_slowly_is_slower() {
            Heard first = alexa.oneShot("StretchIntent", slot("muscle", "calf", "CALF"));
            Heard again = alexa.say("AMAZON.NoIntent");
            Routine calf = routine("CALF");
            assertTrue(again.words().startsWith(message("eased.no") + " " + calf.step(0).instruction()), again.words());
            assertTrue(again.saidBeforeFirstPause().contains(calf.safety()), "the safety line again, before the first hold");
            assertEquals(calf.totalHold(), first.totalPause());
            assertTrue(calf.totalHold(Tempo.SLOWER).compareTo(calf.totalHold()) > 0);
            assertTrue(again.totalPause().compareTo(calf.totalHold(Tempo.SLOWER)) > 0,
                    "longer holds and a rest between steps: " + again.totalPause() + " vs " + first.totalPause());
            assertFalse(again.words().contains(message("disclaimer")), "said once per session");
        }

        @Test
        @DisplayName("\"my leg\" asks calf, thigh or foot, and the answer gets its stretch")
        void my_leg_asks_which_part() {
            Heard question = alexa.oneShot("StretchIntent", slot("muscle", "leg", "LEG"));
            assertEquals(message("ask.legPart"), question.words());
            assertTrue(question.keepsListening());
            assertTrue(question.reprompt().contains(message("ask.legPart")));
            Heard thigh = alexa.say("StretchIntent", slot("muscle", "thigh", "THIGH"));
            assertEquals(message("ask.thighSide"), thigh.words());
            Heard heard = alexa.say("StretchIntent", slot("muscle", "the front", "FRONT_THIGH"));
            assertTrue(heard.words().contains(routine("FRONT_THIGH").step(0).instruction()), heard.words());
        }

        @Test
        @DisplayName("\"yes\" to \"calf, thigh or foot?\" asks the same question again")
        void yes_to_the_leg_question_asks_again() {
            alexa.oneShot("StretchIntent", slot("muscle", "leg", "LEG"));
            Heard heard = alexa.say("AMAZON.YesIntent");
            assertEquals(message("yes.which") + " " + message("ask.legPart"), heard.words());
        }
    }

    @Nested
    @DisplayName("Neck and lower back ask one short question first")
    class SafetyQuestion {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"NECK", "LOWER_BACK"})
        @DisplayName("the question comes before any stretch, and \"no\" gets the routine")
        void no_gets_the_routine(String muscle) {
            Routine routine = routine(muscle);
            Heard question = alexa.oneShot("StretchIntent", slot("muscle", muscle.toLowerCase(), muscle));
            assertEquals(routine.check().orElseThrow().question(), question.words());
            assertEquals(Duration.ZERO, question.totalPause());
            assertTrue(question.keepsListening());
            Heard heard = alexa.say("AMAZON.NoIntent");
            assertTrue(heard.words().contains(routine.step(0).instruction()), heard.words());
            assertEquals(routine.totalHold(), heard.totalPause());
            assertTrue(heard.saidBeforeFirstPause().endsWith(message("disclaimer")), heard.words());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"NECK", "LOWER_BACK"})
        @DisplayName("\"yes\" gets the medical-help answer: call now, no stretch, session closed, a card")
        void yes_gets_medical_help(String muscle) {
            alexa.oneShot("StretchIntent", slot("muscle", muscle.toLowerCase(), muscle));
            Heard heard = alexa.say("AMAZON.YesIntent");
            String reason = routine(muscle).check().orElseThrow().reason();
            assertEquals(reason + " " + message("redFlag.emergency"), heard.words());
            assertTrue(heard.endsSession());
            assertEquals(Duration.ZERO, heard.totalPause());
            assertTrue(heard.cardText().startsWith(reason), heard.cardText());
            assertEquals(0, heard.sessionAttributes().size(), "nothing of the routine is kept");
        }

        @Test
        @DisplayName("step by step asks the same question, and \"no\" starts at the first step")
        void step_by_step_asks_too() {
            Heard question = alexa.oneShot("StepByStepIntent", slot("muscle", "neck", "NECK"));
            assertEquals(routine("NECK").check().orElseThrow().question(), question.words());
            Heard heard = alexa.say("AMAZON.NoIntent");
            assertTrue(heard.words().contains(routine("NECK").step(0).instruction()), heard.words());
            assertFalse(heard.words().contains(routine("NECK").step(1).instruction()), heard.words());
            assertTrue(heard.words().endsWith(message("step.question")), heard.words());
        }

        @Test
        @DisplayName("words it didn't catch get the same question again")
        void fallback_asks_again() {
            alexa.oneShot("StretchIntent", slot("muscle", "back", "LOWER_BACK"));
            Heard heard = alexa.say("AMAZON.FallbackIntent");
            assertTrue(heard.words().startsWith(message("fallback")), heard.words());
            assertTrue(heard.words().endsWith(routine("LOWER_BACK").check().orElseThrow().question()), heard.words());
        }

        @Test
        @DisplayName("\"I didn't fall\" is not yet a plain no: the question is asked again")
        void a_symptom_answer_asks_again() {
            alexa.oneShot("StretchIntent", slot("muscle", "neck", "NECK"));
            Heard heard = alexa.say("ReportSymptomIntent", unmatched("symptom", "i didn't fall"));
            assertEquals(message("symptom.noRedFlag") + " " + routine("NECK").check().orElseThrow().question(), heard.words());
            assertEquals(Duration.ZERO, heard.totalPause());
            assertTrue(alexa.say("AMAZON.NoIntent").words().contains(routine("NECK").step(0).instruction()));
        }

        @Test
        @DisplayName("\"I fell\" in answer to the question is a red flag at once")
        void a_fall_in_answer_is_a_red_flag() {
            alexa.oneShot("StretchIntent", slot("muscle", "neck", "NECK"));
            Heard heard = alexa.say("ReportSymptomIntent", unmatched("symptom", "i fell down the stairs"));
            assertTrue(heard.endsSession());
            assertTrue(heard.words().contains(message("redFlag.emergency")), heard.words());
        }

        @Test
        @DisplayName("a topic in between drops the question: a later \"no\" starts no stretch")
        void a_topic_drops_the_question() {
            alexa.oneShot("StretchIntent", slot("muscle", "neck", "NECK"));
            alexa.say("HeatOrColdIntent");
            Heard heard = alexa.say("AMAZON.NoIntent");
            assertEquals(Duration.ZERO, heard.totalPause());
            assertEquals(message("goodbye"), heard.words());
        }

        @Test
        @DisplayName("a tampered pending question on a routine without one is dropped")
        void a_tampered_question_is_dropped() {
            Heard heard = alexa.sayWithAttributes("{\"awaiting\": \"SAFETY_CHECK\", \"checkRoutine\": \"CALF\", \"checkPace\": \"WHOLE\"}",
                    "AMAZON.YesIntent");
            assertTrue(heard.keepsListening(), "no red-flag answer for a question never asked");
            assertTrue(heard.words().startsWith(message("yes.unclear")), heard.words());
        }
    }

    @Nested
    @DisplayName("The advice after a routine or a reported symptom fits what was said")
    class Advisories {

        @Test
        @DisplayName("\"every night\" after a routine: worth telling the doctor at the next appointment")
        void frequent_cramps_after_a_routine() {
            Heard heard = alexa.oneShot("StretchIntent", slot("muscle", "calf", "CALF"),
                    unmatched("symptom", "i get these every night"));
            assertTrue(heard.saidAfterLastPause().contains(message("advisory.FREQUENT_CRAMPS")), heard.saidAfterLastPause());
            assertTrue(heard.words().endsWith(message("routine.question")));
        }

        @Test
        @DisplayName("a cramp after a long flight: watch the leg, get it checked today if it swells, not 'next appointment'")
        void a_long_flight_has_one_time_frame() {
            Heard heard = alexa.oneShot("ReportSymptomIntent", unmatched("symptom", "i just got off a long flight and my calf cramps"));
            assertTrue(heard.words().startsWith(US.messages().text("advisory.POSSIBLE_CLOT")), heard.words());
            assertTrue(heard.words().contains("today"));
            assertFalse(heard.words().contains("next appointment"), heard.words());
            assertFalse(heard.words().contains("how often"), heard.words());
        }

        @Test
        @DisplayName("a long flight mentioned with a stretch request gets the same line after the routine")
        void a_long_flight_after_a_routine() {
            Heard heard = alexa.oneShot("StretchIntent", slot("muscle", "calf", "CALF"),
                    unmatched("symptom", "cramping after a long flight"));
            assertTrue(heard.saidAfterLastPause().contains(message("advisory.POSSIBLE_CLOT")), heard.saidAfterLastPause());
            assertFalse(heard.words().contains("how often"), heard.words());
        }

        @Test
        @DisplayName("cramps since a new medicine: the doctor or pharmacist within a day or two")
        void a_new_medicine() {
            Heard heard = alexa.oneShot("ReportSymptomIntent", unmatched("symptom", "i started a new water pill and now i get cramps"));
            assertTrue(heard.words().startsWith(message("advisory.NEW_MEDICINE")), heard.words());
            assertTrue(heard.keepsListening());
        }
    }

    @Nested
    @DisplayName("The disclaimer is said once, near the start")
    class Disclaimer {

        @Test
        @DisplayName("a first topic answer carries it; the next one doesn't")
        void with_the_first_answer() {
            Heard first = alexa.oneShot("HeatOrColdIntent");
            assertTrue(first.words().startsWith(topic(US, "HEAT_OR_COLD") + " " + message("disclaimer")), first.words());
            Heard second = alexa.say("MassageIntent");
            assertFalse(second.words().contains(message("disclaimer")), second.words());
        }

        @Test
        @DisplayName("never after goodbye")
        void never_after_goodbye() {
            assertEquals(message("goodbye"), alexa.oneShot("AMAZON.StopIntent").words());
            Heard no = alexa.oneShot("AMAZON.NoIntent");
            assertEquals(message("goodbye"), no.words());
            assertTrue(no.endsSession());
        }

        @Test
        @DisplayName("a question that narrows the muscle leaves it to the routine that follows")
        void not_on_a_narrowing_question() {
            Heard question = alexa.oneShot("StretchIntent", slot("muscle", "thigh", "THIGH"));
            assertEquals(message("ask.thighSide"), question.words());
            Heard routine = alexa.say("StretchIntent", slot("muscle", "the back", "LOWER_BACK"));
            assertEquals(1, count(routine.words(), message("disclaimer")));
            assertTrue(routine.saidBeforeFirstPause().endsWith(message("disclaimer")), routine.words());
        }
    }

    @Nested
    @DisplayName("Each market hears its own numbers and names, and cards show digits")
    class Markets {

        @ParameterizedTest(name = "{0}: says \"{1}\", the card shows {2}")
        @DisplayName("speech says the number in words, the card shows its digits")
        @CsvSource(delimiter = '|', value = {
            "en-US | nine one one                | 911",
            "en-GB | nine nine nine              | 999",
            "en-CA | nine one one                | 911",
            "en-AU | Triple Zero, zero zero zero | 000",
            "en-IN | one one two                 | 112"})
        void cards_show_digits(String locale, String spoken, String digits) {
            Heard heard = Dialog.inLocale(locale).oneShot("ReportSymptomIntent", unmatched("symptom", "my chest hurts"));
            assertTrue(heard.words().contains("call " + spoken + " now"), heard.words());
            assertTrue(heard.cardText().contains("call " + digits + " now"), heard.cardText());
            assertFalse(heard.cardText().contains(spoken), heard.cardText());
        }

        @Test
        @DisplayName("en-IN: the emergency answer names 108 for an ambulance beside 112, in words and on the card")
        void india_names_the_ambulance() {
            Heard heard = Dialog.inLocale("en-IN").oneShot("ReportSymptomIntent", unmatched("symptom", "i can't breathe"));
            assertTrue(heard.words().contains("call one one two now, or one zero eight for an ambulance"), heard.words());
            assertTrue(heard.cardText().contains("call 112 now, or 108 for an ambulance"), heard.cardText());
            Heard doctor = Dialog.inLocale("en-IN").oneShot("WhenToSeeDoctorIntent");
            assertTrue(doctor.words().contains("or one zero eight for an ambulance"), doctor.words());
        }

        @Test
        @DisplayName("en-GB: urgent advice names NHS 111 and, for Northern Ireland, the GP out-of-hours service")
        void uk_names_the_out_of_hours_service() {
            Heard heard = Dialog.inLocale("en-GB").oneShot("ReportSymptomIntent", unmatched("symptom", "my leg is numb"));
            assertTrue(heard.words().contains("call NHS one one one today; in Northern Ireland, call your GP out of hours service"),
                    heard.words());
            assertTrue(heard.cardText().contains("NHS 111"), heard.cardText());
        }

        @Test
        @DisplayName("en-CA: 811 in most provinces and territories, in words")
        void canada_says_eight_one_one() {
            Heard heard = Dialog.inLocale("en-CA").oneShot("WhenToSeeDoctorIntent");
            assertTrue(heard.words().contains("in most provinces and territories, call eight one one for a nurse"), heard.words());
        }

        @Test
        @DisplayName("en-AU says fluid tablets")
        void australia_says_fluid_tablets() {
            Heard heard = Dialog.inLocale("en-AU").oneShot("MedicineCausesIntent");
            assertTrue(heard.words().contains("also called fluid tablets"), heard.words());
        }

        @Test
        @DisplayName("the prescription answer names cyclobenzaprine in the US, not in the UK")
        void drug_names_per_market() {
            Heard us = alexa.oneShot("PrescriptionIntent");
            assertTrue(us.words().startsWith(topic(US, "PRESCRIPTION")), us.words());
            assertTrue(us.words().contains("cyclobenzaprine"));
            Heard uk = Dialog.inLocale("en-GB").oneShot("PrescriptionIntent");
            assertFalse(uk.words().contains("cyclobenzaprine"), uk.words());
            assertTrue(uk.words().contains("must never be stopped suddenly"), uk.words());
        }

        @Test
        @DisplayName("heat or cold: no heat on a new injury")
        void no_heat_on_a_new_injury() {
            Heard heard = alexa.oneShot("HeatOrColdIntent");
            assertTrue(heard.words().contains("Don't put heat on a new injury"), heard.words());
        }
    }
}
