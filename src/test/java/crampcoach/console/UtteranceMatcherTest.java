package crampcoach.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crampcoach.console.MatchedIntent.Resolution;
import crampcoach.console.MatchedIntent.SlotFill;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UtteranceMatcherTest {

    private final UtteranceMatcher matcher = Fixtures.matcher("en-US");

    private MatchedIntent heard(String text) {
        return matcher.match(text).orElseThrow();
    }

    @Test
    void help_with_my_calf_cramp_is_a_stretch_for_the_calf() {
        MatchedIntent matched = heard("help with my calf cramp");

        assertEquals("StretchIntent", matched.name());
        SlotFill muscle = matched.slot("muscle").orElseThrow();
        assertEquals(Optional.of("calf"), muscle.value());
        assertEquals(Optional.of(new Resolution("CALF", "calf")), muscle.resolution());
    }

    @Test
    void i_have_a_cramp_is_a_stretch_with_the_muscle_left_unsaid() {
        MatchedIntent matched = heard("i have a cramp");

        assertEquals("StretchIntent", matched.name());
        assertEquals(List.of(SlotFill.unspoken("muscle", "MUSCLE"), SlotFill.unspoken("symptom", "SYMPTOM")),
                matched.slots());
    }

    @Test
    void a_synonym_is_heard_as_said_and_resolved_to_its_value() {
        SlotFill muscle = heard("My toes are curling!").slot("muscle").orElseThrow();

        assertEquals(Optional.of("toes"), muscle.value());
        assertEquals("FOOT", muscle.resolution().orElseThrow().id());
    }

    @Test
    void a_charley_horse_is_a_calf_cramp() {
        SlotFill muscle = heard("i've got a charley horse").slot("muscle").orElseThrow();

        assertEquals("CALF", muscle.resolution().orElseThrow().id());
    }

    @Test
    void the_back_of_my_thigh_answers_a_front_or_back_question_through_the_stretch_intent() {
        // Not "back" alone: that is AMAZON.PreviousIntent's, and mid-routine it means the step before.
        MatchedIntent matched = heard("back of my thigh");

        assertEquals("StretchIntent", matched.name());
        assertEquals("BACK_THIGH", matched.slot("muscle").orElseThrow().resolution().orElseThrow().id());
    }

    @Test
    void a_cramp_with_a_symptom_fills_both_slots() {
        MatchedIntent matched = heard("my calf is cramping and chest pain");

        assertEquals("CALF", matched.slot("muscle").orElseThrow().resolution().orElseThrow().id());
        assertEquals("CHEST_PAIN", matched.slot("symptom").orElseThrow().resolution().orElseThrow().id());
    }

    @Test
    void an_apostrophe_inside_a_word_is_kept_and_case_is_ignored() {
        assertEquals("StretchIntent", heard("I'M CRAMPING").name());
        assertEquals("StretchIntent", heard("i\u2019ve got a cramp").name());
    }

    @Test
    void next_is_the_built_in_next_intent() {
        assertEquals("AMAZON.NextIntent", heard("next").name());
        assertEquals("AMAZON.NextIntent", heard("Next.").name());
    }

    @Test
    void built_in_phrases_and_model_samples_for_built_ins_both_work() {
        assertEquals("AMAZON.ResumeIntent", heard("keep going").name());
        assertEquals("AMAZON.NextIntent", heard("next step").name());
        assertEquals("AMAZON.StopIntent", heard("stop").name());
        assertEquals("AMAZON.YesIntent", heard("yes please").name());
        assertEquals("AMAZON.NoIntent", heard("no thanks").name());
    }

    @Test
    void topics_are_reached_by_their_questions() {
        assertEquals("WhatElseHelpsIntent", heard("what else can i do").name());
        assertEquals("HeatOrColdIntent", heard("should i use heat or ice?").name());
        assertEquals("FoodsIntent", heard("will a banana help").name());
        assertEquals("MultipleSclerosisIntent", heard("I have M.S. and my legs spasm").name());
    }

    @Test
    void a_named_medicine_resolves_to_the_topic_that_covers_it() {
        MatchedIntent matched = heard("what about magnesium");

        assertEquals("MedicineIntent", matched.name());
        assertEquals("SUPPLEMENTS", matched.slot("medicine").orElseThrow().resolution().orElseThrow().id());
        assertEquals("QUININE", heard("does tonic water help").slot("medicine").orElseThrow()
                .resolution().orElseThrow().id());
        assertEquals("PRESCRIPTION", heard("can i take baclofen").slot("medicine").orElseThrow()
                .resolution().orElseThrow().id());
    }

    @Test
    void gibberish_goes_to_the_fallback_intent_as_on_a_device() {
        MatchedIntent matched = heard("purple monkey dishwasher");

        assertEquals(MatchedIntent.FALLBACK, matched.name());
        assertTrue(matched.sample().isEmpty());
        assertTrue(matcher.matchSample("purple monkey dishwasher").isEmpty());
    }

    @Test
    void a_custom_slot_only_takes_values_of_its_type() {
        // "elbow" is no MUSCLE value, so "my elbow is cramping" matches no stretch sample.
        assertEquals(MatchedIntent.FALLBACK, heard("my elbow is cramping").name());
    }

    @Test
    void the_sample_with_more_literal_words_wins() {
        // "i have a {symptom}" would need "cramp" to be a symptom; the literal sample is preferred anyway.
        MatchedIntent matched = heard("i have a cramp");

        assertEquals(Optional.of("i have a cramp"), matched.sample());
    }
}
