package crampcoach.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedFlagDetectorTest {

    private static void assertVerdict(Urgency urgency, String category, Verdict verdict) {
        assertEquals(Verdict.of(urgency, category), verdict);
    }

    /** The rules alone: the learned second opinion, which may add a question, has its own tests. */
    private static Verdict assess(String... heard) {
        return SafetyFixtures.rulesOnly().assess(List.of(heard));
    }

    private static void assertNone(String heard) {
        assertEquals(Verdict.none(), assess(heard), heard);
    }

    @Nested
    class Negation_scope {

        @Test
        void a_denial_governs_only_its_own_symptom() {
            assertVerdict(Urgency.URGENT, "RED_SWOLLEN_SKIN", assess("no numbness but it's swollen and warm"));
        }

        @Test
        void but_ends_a_denial() {
            assertEquals(Urgency.URGENT, assess("not hot but swollen").urgency());
        }

        @Test
        void a_new_clause_ends_a_denial_even_without_punctuation() {
            assertEquals(Urgency.URGENT, assess("no numbness it's swollen").urgency());
            assertEquals(Urgency.URGENT, assess("there's no numbness and my calf is swollen").urgency());
        }

        @Test
        void a_denial_carries_over_or_to_the_next_symptom() {
            assertNone("i don't have any chest pain or numbness");
            assertNone("it's not red or swollen");
        }

        @Test
        void no_answering_a_question_is_not_a_denial() {
            assertVerdict(Urgency.EMERGENCY, "BREATHING", assess("no, I can't breathe"));
            assertVerdict(Urgency.EMERGENCY, "CHEST_PAIN", assess("no my chest hurts"));
        }

        @Test
        void a_symptom_that_holds_its_own_not_is_never_denied() {
            assertVerdict(Urgency.EMERGENCY, "BREATHING", assess("i can not breathe"));
            assertEquals(Urgency.URGENT, assess("it won't stop").urgency());
        }

        @Test
        void fine_after_the_symptom_denies_it() {
            assertNone("my chest is fine");
            assertNone("my calf hurts but my chest is fine");
            assertNone("no my chest is fine");
            assertNone("the swelling has gone down");
        }

        @Test
        void a_linked_not_denies_the_symptom_named_before_it() {
            assertNone("my chest doesn't hurt");
            assertNone("my legs aren't weak");
        }

        @Test
        void fine_does_not_deny_a_symptom_that_follows_it() {
            assertEquals(Urgency.URGENT, assess("my foot has gone numb").urgency());
        }

        @ParameterizedTest
        @ValueSource(strings = {"no numbness", "it isn't swollen", "not short of breath", "i didn't hit my head",
            "i've never had a clot", "no fever", "temperature's normal", "i can feel my foot fine", "i'm not dizzy",
            "i don't think i have a fever", "no chest pain at all"})
        void plain_denials_raise_nothing(String heard) {
            assertNone(heard);
        }
    }

    @Nested
    class Context {

        @ParameterizedTest
        @ValueSource(strings = {"what if my leg goes numb", "is chest pain a warning sign", "when should I worry about swelling",
            "can statins cause cramps", "how do i know if it's a blood clot", "my doctor told me to watch for swelling"})
        void questions_and_what_ifs_are_not_reports(String heard) {
            assertNone(heard);
        }

        @ParameterizedTest
        @ValueSource(strings = {"my arm went numb but it's fine now", "i had a fever on monday but it's over and now only a cramp in my calf",
            "my leg was red and hot in the summer but the doctor sorted it and now it's just a normal cramp"})
        void a_clause_saying_it_is_over_puts_the_clause_before_it_in_the_past(String heard) {
            assertNone(heard);
        }

        @ParameterizedTest
        @ValueSource(strings = {"my calf is swollen but it's not going away", "my calf is swollen but it never went away",
            "the swelling went down but my calf is still red and hot"})
        void what_is_not_over_or_comes_after_it_is_still_a_report(String heard) {
            assertEquals(Urgency.URGENT, assess(heard).urgency(), heard);
        }

        @Test
        void a_clause_saying_it_is_over_reaches_back_past_a_breaker_of_two_words() {
            assertNone("my neighbour collapsed last week and it's got me thinking about my cramps");
        }

        @ParameterizedTest
        @ValueSource(strings = {"my calf is numb from sitting on it", "my fingers lock up after typing all night",
            "my heart's racing because i just did sprints"})
        void a_stated_everyday_cause_explains_its_clause(String heard) {
            assertNone(heard);
        }

        @Test
        void long_sitting_is_no_harmless_cause_of_a_swollen_calf() {
            assertVerdict(Urgency.URGENT, "POSSIBLE_CLOT",
                    assess("after sitting on the coach for twelve hours my calf's tight and swollen and warm on the one side"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"urine the colour of cola after my run", "my pee is brown like tea because i've been to the gym"})
        void exertion_never_explains_dark_urine(String heard) {
            assertVerdict(Urgency.URGENT, "DARK_URINE", assess(heard));
        }

        @Test
        void a_report_followed_by_a_question_is_still_a_report() {
            assertEquals(Urgency.URGENT, assess("my calf is swollen when should i worry").urgency());
        }

        @Test
        void asking_the_skill_for_help_is_not_a_general_question() {
            assertVerdict(Urgency.EMERGENCY, "CHEST_PAIN", assess("can you help me my chest hurts is it serious"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"i had a fever last year", "i had a clot years ago", "when i was a kid i had a seizure",
            "i have a history of clots", "i used to get cramps every night"})
        void history_is_not_a_current_report(String heard) {
            assertNone(heard);
        }

        @Test
        void and_now_brings_a_report_back_to_the_present() {
            assertVerdict(Urgency.URGENT, "POSSIBLE_CLOT", assess("i had a clot last year and now my calf is swollen"));
        }

        @Test
        void a_third_party_report_counts_like_a_first_person_one() {
            assertVerdict(Urgency.EMERGENCY, "BREATHING", assess("my husband can't breathe"));
        }
    }

    @Nested
    class Slot_values {

        @Test
        void a_bare_chest_muscle_slot_is_an_emergency() {
            assertVerdict(Urgency.EMERGENCY, "CHEST_PAIN", assess("chest"));
        }

        @Test
        void the_most_severe_finding_across_all_slot_values_wins() {
            assertVerdict(Urgency.EMERGENCY, "BREATHING", assess("calf", "my foot is tingling", "i can't breathe"));
            assertVerdict(Urgency.EMERGENCY, "CHEST_PAIN", assess("chest", "fine"));
        }

        @Test
        void empty_and_missing_slot_values_raise_nothing() {
            assertEquals(Verdict.none(), SafetyFixtures.detector().assess(List.of()));
            assertEquals(Verdict.none(), SafetyFixtures.detector().assess(Arrays.asList("", "  ", null, "calf")));
        }

        @Test
        void spelling_variants_of_a_contraction_all_count() {
            for (String heard : List.of("i cant breathe", "I can’t breathe!", "I CANNOT BREATHE", "can't breathe")) {
                assertVerdict(Urgency.EMERGENCY, "BREATHING", assess(heard));
            }
        }

        @Test
        void neutral_phrases_hide_their_words() {
            assertNone("should i put a hot water bottle on it");
            assertNone("i fell asleep and woke up with a cramp");
            assertNone("i take blood pressure tablets");
        }
    }

    @Nested
    class Ties {

        @Test
        void on_equal_level_the_more_specific_rule_names_the_category() {
            assertVerdict(Urgency.EMERGENCY, "HEAT_ILLNESS", assess("i feel sick hot and faint"));
            assertVerdict(Urgency.EMERGENCY, "SPREADING_SPASMS", assess("spasms all over and i'm confused"));
        }

        @Test
        void on_equal_level_and_specificity_the_earlier_category_wins() {
            assertVerdict(Urgency.EMERGENCY, "CHEST_PAIN", assess("chest pain and i can't breathe"));
        }
    }

    @Nested
    class Verdicts {

        @Test
        void a_red_flag_always_names_its_category_and_none_never_does() {
            assertThrows(IllegalArgumentException.class, () -> new Verdict(Urgency.URGENT, Optional.empty()));
            assertThrows(IllegalArgumentException.class, () -> new Verdict(Urgency.NONE, Optional.of("CHEST_PAIN")));
            assertThrows(NullPointerException.class, () -> new Verdict(null, Optional.empty()));
        }

        @Test
        void urgent_and_emergency_stop_guidance_and_advisory_does_not() {
            assertTrue(Verdict.of(Urgency.URGENT, "FEVER").stopsGuidance());
            assertTrue(!Verdict.of(Urgency.ADVISORY, "FREQUENT_CRAMPS").stopsGuidance());
        }
    }
}
