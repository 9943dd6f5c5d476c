package crampcoach.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Ask when unsure, and the structural readings of issue 9")
class AskWhenUnsureTest {

    private static final RedFlagLexicon LEXICON = SafetyFixtures.english().lexicon();

    private static Verdict assess(String heard) {
        return SafetyFixtures.assess(heard);
    }

    /** The question a verdict asks, as the gate would speak it. */
    private static Optional<SafetyQuestion> asked(Verdict verdict) {
        return verdict.question().flatMap(SafetyFixtures.detector()::question);
    }

    @Test
    void every_question_names_only_known_categories_and_a_yes_stops_guidance() {
        assertFalse(LEXICON.questions().isEmpty());
        for (SafetyQuestion question : LEXICON.questions()) {
            assertTrue(question.yesLevel().atLeast(Urgency.URGENT), question.id());
            question.categories().forEach(id -> assertTrue(LEXICON.category(id).isPresent(), question.id() + " " + id));
            assertTrue(question.question().endsWith("?"), question.id() + " is a yes/no question");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "i fell out of bed, HEAD_NECK_INJURY",
        "my arm feels funny, STROKE_SIGNS",
        "my shin is tender, POSSIBLE_CLOT",
        "my pee looks odd, DARK_URINE",
        "something nipped my ankle in the garden and now my leg's cramping, TOXIN_EXPOSURE",
        "my m. s. spasms are acting up something chronic, MS_CHANGE"})
    void a_mention_beyond_cramp_talk_asks_about_the_signs_it_most_likely_means(String heard, String named) {
        Verdict verdict = assess(heard);
        assertFalse(verdict.stopsGuidance(), verdict.toString());
        SafetyQuestion question = asked(verdict).orElseThrow(() -> new AssertionError(heard));
        assertTrue(question.names(named), heard + " -> " + question.question());
        assertTrue(question.categories().size() <= SignQuestions.MOST_NAMED, question.question());
    }

    @ParameterizedTest
    @CsvSource({
        "i fell out of bed, INJURY_SIGNS",
        "my arm feels funny, EMERGENCY_SIGNS",
        "my shin is tender, LEG_SIGNS",
        "my pee looks odd, BODY_SIGNS"})
    void without_a_ranking_the_question_is_the_fixed_one_for_its_area(String heard, String question) {
        RedFlagDetector unranked = new RedFlagDetector(LEXICON, normalised -> false);
        assertEquals(Optional.of(question), unranked.assess(List.of(heard)).question(), heard);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my calf is cramping", "how do i stretch my hamstring", "it woke me up again",
        "can i take magnesium for cramps", "neck cramp"})
    void ordinary_cramp_talk_asks_nothing(String heard) {
        assertEquals(Verdict.none(), assess(heard));
    }

    @Test
    void a_second_opinion_adds_a_question_but_never_lowers_a_sure_verdict() {
        RedFlagDetector suspicious = new RedFlagDetector(LEXICON, normalised -> true);
        assertEquals(Optional.of(LEXICON.questions().get(0).id()), suspicious.assess(List.of("my calf is cramping")).question());
        Verdict sure = suspicious.assess(List.of("i can't breathe"));
        assertEquals(Urgency.EMERGENCY, sure.urgency());
        assertFalse(sure.asksFirst());
    }

    @Test
    void the_second_opinion_reads_the_normalised_words() {
        List<String> seen = new ArrayList<>();
        SecondOpinion recording = normalised -> {
            seen.add(normalised);
            return false;
        };
        new RedFlagDetector(LEXICON, recording).assess(List.of("My calf's CRAMPING, d. o. m. s.?"));
        assertEquals(List.of("my calf is cramping doms"), seen);
    }

    /**
     * The models write initialisms as Alexa asks ("D. V. T."); a slot value may arrive in that form,
     * lower-cased, or run together, and all three must get the same verdict.
     */
    @ParameterizedTest
    @CsvSource({
        "D. V. T., d. v. t., dvt, POSSIBLE_CLOT",
        "M. S. spasms are much worse, m. s. spasms are much worse, ms spasms are much worse, MS_CHANGE"})
    void dotted_initials_in_capitals_or_lower_case_reach_the_same_verdict(String capitals, String lowerCase, String joined, String category) {
        Verdict verdict = assess(capitals);
        assertEquals(verdict, assess(lowerCase), lowerCase);
        assertEquals(verdict, assess(joined), joined);
        assertTrue(SafetyFixtures.caught(verdict, category, LEXICON.category(category).orElseThrow().lowestLevel()), capitals + " -> " + verdict);
    }

    @ParameterizedTest
    @CsvSource({
        "d. v. t. in my left leg, POSSIBLE_CLOT",
        "i have m. s. and my spasms are suddenly much worse, MS_CHANGE",
        "i can't pass urine and my back is killing me, DARK_URINE",
        "i can't feel my foot, NUMBNESS",
        "should i be worried that my calf is swollen and hot, RED_SWOLLEN_SKIN",
        "my left arm aches and i'm sweating buckets, CHEST_PAIN",
        "i'm dizzy and seeing double, STROKE_SIGNS",
        "my husband's passed out, COLLAPSE_CONFUSION",
        "i'm pregnant and bleeding, PREGNANCY_WARNING",
        "cramp in my tummy, BELLY_CRAMP",
        "my forearm is cramping, ARM_CRAMP",
        "my calf has been twitching for two weeks, TWITCHING",
        "i felt a pop in my calf, MUSCLE_INJURY"})
    void heard_in_peoples_own_words(String heard, String category) {
        Verdict verdict = assess(heard);
        Urgency floor = LEXICON.category(category).orElseThrow().lowestLevel();
        assertTrue(SafetyFixtures.caught(verdict, category, floor), heard + " -> " + verdict);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i had chest pain last year but that's sorted",
        "what does a heart attack feel like",
        "my mum used to faint",
        "i'm so tired i could pass out",
        "that cramp took my breath away",
        "my foot's numb from sitting on it",
        "i slept on my arm and it's all pins and needles",
        "my calf's a bit red because i had a hot bath",
        "i had a d v t years ago",
        "i'm pregnant and getting leg cramps at night",
        "no chest pain just my calf"})
    void history_idioms_other_people_and_stated_causes_stay_ordinary(String heard) {
        assertFalse(assess(heard).stopsGuidance(), heard + " -> " + assess(heard));
    }

    @ParameterizedTest
    @CsvSource({
        "my ankle swelled up fast after the fall and the pain is unbearable, RED_SWOLLEN_SKIN"})
    void an_urgent_sign_told_as_an_emergency_is_raised_to_one_keeping_the_rules_reason(String heard, String category) {
        Verdict rules = SafetyFixtures.rulesOnly().assess(List.of(heard));
        assertEquals(Verdict.of(Urgency.URGENT, category), rules, "the rules alone call it urgent");
        assertEquals(Verdict.of(Urgency.EMERGENCY, category), assess(heard), heard);
    }

    @Test
    void the_emergency_opinion_raises_only_what_the_rules_call_urgent() {
        SecondOpinion alarmed = new SecondOpinion() {
            @Override
            public boolean suspectsRedFlag(String normalised) {
                return false;
            }

            @Override
            public boolean suspectsEmergency(String normalised) {
                return true;
            }
        };
        RedFlagDetector detector = new RedFlagDetector(LEXICON, alarmed);
        assertEquals(Verdict.none(), detector.assess(List.of("my calf is cramping")));
        assertEquals(Urgency.ADVISORY, detector.assess(List.of("i get these every night")).urgency());
        assertEquals(Urgency.EMERGENCY, detector.assess(List.of("my calf is red and hot")).urgency());
    }

    @ParameterizedTest
    @ValueSource(strings = {"my leg's a bit red because i had the hot water bottle on it"})
    void a_red_flag_in_words_that_sound_plainly_ordinary_is_asked_about_naming_that_sign_first(String heard) {
        Verdict rules = SafetyFixtures.rulesOnly().assess(List.of(heard));
        assertTrue(rules.stopsGuidance(), "the rules alone hear a red flag: " + rules);
        Verdict verdict = assess(heard);
        assertFalse(verdict.stopsGuidance(), "the gate doubts it: " + verdict);
        SafetyQuestion question = asked(verdict).orElseThrow();
        assertEquals(rules.category().orElseThrow(), question.categories().get(0), question.question());
        assertTrue(question.yesLevel().atLeast(rules.urgency()), "a yes gets at least the answer the rules would have given");
        assertEquals(rules, verdict.withoutQuestion(), "where no question may be asked, the rules' answer stands");
    }

    @Test
    void a_plain_red_flag_is_never_doubted() {
        for (String heard : List.of("i can't breathe", "crushing pain in my chest", "my face is drooping")) {
            assertTrue(assess(heard).stopsGuidance(), heard);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"i can't move my leg the cramp's got it", "my leg locked for a moment and i couldn't move it",
        "my calf went rock hard and i couldn't move but it's easing now", "the cramp's so bad i can't move my foot right now"})
    void a_locked_cramp_asks_one_question_naming_the_sign_instead_of_an_answer(String heard) {
        Verdict verdict = assess(heard);
        assertFalse(verdict.stopsGuidance(), verdict.toString());
        SafetyQuestion question = asked(verdict)
                .orElseThrow(() -> new AssertionError(heard + " asks nothing"));
        assertEquals("NUMBNESS", question.categories().get(0), question.question());
    }

    @ParameterizedTest
    @ValueSource(strings = {"i can't move my leg", "my leg cramped and now i can't move it and it's gone numb",
        "i can't move my right arm and my face is drooping after the cramp", "my calf cramped and now i can't lift my foot at all"})
    void a_limb_that_will_not_move_for_more_than_a_cramp_still_stops_guidance(String heard) {
        assertTrue(assess(heard).stopsGuidance(), heard + " -> " + assess(heard));
    }

    @ParameterizedTest
    @ValueSource(strings = {"i'm sweating because the heating's on full blast", "my wee is pink because i ate beetroot",
        "my speech is a bit funny because i've just had a filling"})
    void a_mention_the_person_explains_with_a_harmless_cause_is_not_asked_about_by_the_rules(String heard) {
        assertEquals(Verdict.none(), SafetyFixtures.rulesOnly().assess(List.of(heard)), heard);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my calf is tender because i fell", "i'm sweating because my chest hurts"})
    void a_cause_that_is_itself_a_sign_or_a_concern_explains_nothing(String heard) {
        Verdict verdict = SafetyFixtures.rulesOnly().assess(List.of(heard));
        assertTrue(verdict.stopsGuidance() || verdict.question().isPresent(), heard + " -> " + verdict);
    }

    @ParameterizedTest
    @CsvSource({"can't breathe can't breathe please help, BREATHING", "can't feel my legs is that normal, NUMBNESS"})
    void a_report_with_its_subject_left_out_is_not_a_general_question(String heard, String category) {
        Verdict verdict = SafetyFixtures.rulesOnly().assess(List.of(heard));
        assertTrue(verdict.stopsGuidance(), heard + " -> " + verdict);
        assertEquals(Optional.of(category), verdict.category());
    }

    @Test
    void a_worried_question_without_my_asks_naming_the_sign_and_with_my_is_a_report() {
        Verdict worried = assess("should i be worried about a tightness across the chest with the arm tingling and being all clammy");
        assertFalse(worried.stopsGuidance(), worried.toString());
        SafetyQuestion question = asked(worried).orElseThrow();
        assertEquals("CHEST_PAIN", question.categories().get(0), question.question());
        assertTrue(assess("should i be worried that my calf is swollen and hot").stopsGuidance());
        assertEquals(Verdict.none(), SafetyFixtures.rulesOnly().assess(List.of("should i worry about cramps")));
    }

    @Test
    void a_slip_the_speaker_corrects_is_not_what_they_mean() {
        assertFalse(assess("i've been throwing up no sorry throwing a frisbee all day and my calf's cramping").stopsGuidance());
        assertFalse(assess("cramp in my arm no wait my hand just my hand").stopsGuidance());
        Verdict corrected = assess("cramp in my hand no wait my arm the whole forearm");
        assertTrue(corrected.stopsGuidance() || asked(corrected)
                .map(question -> question.names("ARM_CRAMP")).orElse(false), "the correction itself still counts: " + corrected);
    }
}
