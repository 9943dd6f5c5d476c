package crampcoach.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A question built around the signs a person most likely has")
class SignQuestionsTest {

    private static final SignQuestions WORDING = new SignQuestions("Quick check.", "Do you have {signs}?", ", ", ", or ", " or ",
            Map.of(Urgency.URGENT, "See a doctor today.", Urgency.EMERGENCY, "Get help now."),
            Map.of("BITE", new SignQuestions.Sign(Urgency.URGENT, "a bite"),
                    "CHEST", new SignQuestions.Sign(Urgency.EMERGENCY, "chest pain"),
                    "FEVER", new SignQuestions.Sign(Urgency.URGENT, "a fever")));

    @Test
    void it_names_the_top_ranked_signs_in_order_and_a_yes_means_the_most_severe() {
        SafetyQuestion question = WORDING.naming(List.of("BITE", "UNKNOWN", "CHEST", "FEVER"), 3).orElseThrow();
        assertEquals("Quick check. Do you have a bite, chest pain, or a fever?", question.question());
        assertEquals(Urgency.EMERGENCY, question.yesLevel());
        assertEquals("Get help now.", question.reason());
        assertEquals(List.of("BITE", "CHEST", "FEVER"), question.categories());
    }

    @Test
    void two_signs_are_joined_by_or_alone() {
        SafetyQuestion question = WORDING.naming(List.of("FEVER", "BITE", "CHEST"), 2).orElseThrow();
        assertEquals("Quick check. Do you have a fever or a bite?", question.question());
        assertEquals(Urgency.URGENT, question.yesLevel());
    }

    @Test
    void the_session_keeps_only_the_id_and_the_same_question_comes_back_from_it() {
        SafetyQuestion asked = WORDING.naming(List.of("CHEST", "BITE"), 3).orElseThrow();
        assertEquals("SIGNS:CHEST,BITE", asked.id());
        assertEquals(Optional.of(asked), WORDING.question(asked.id()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SIGNS:", "SIGNS:CHEST,CHEST", "SIGNS:CHEST,NOPE", "SIGNS:CHEST,BITE,FEVER,CHEST,BITE",
        "EMERGENCY_SIGNS", "SIGNS:chest", "SIGNS:CHEST,"})
    void an_id_it_could_not_have_built_is_refused(String tampered) {
        assertEquals(Optional.empty(), WORDING.question(tampered));
    }

    @Test
    void nothing_to_name_builds_no_question() {
        assertEquals(Optional.empty(), WORDING.naming(List.of("UNKNOWN"), 3));
        assertEquals(Optional.empty(), WORDING.naming(List.of(), 3));
        assertThrows(IllegalArgumentException.class, () -> WORDING.naming(List.of("BITE"), 5));
    }

    @Test
    void the_shipped_wording_names_every_stopping_category_without_commas_of_its_own() {
        RedFlagLexicon lexicon = SafetyFixtures.english().lexicon();
        SignQuestions shipped = lexicon.signQuestions().orElseThrow();
        for (RedFlagCategory category : lexicon.categories()) {
            boolean stops = category.rules().stream().anyMatch(rule -> rule.level().atLeast(Urgency.URGENT));
            assertEquals(stops, shipped.signs().containsKey(category.id()), category.id());
        }
        shipped.signs().forEach((id, sign) -> assertTrue(!sign.says().contains(","), id + ": " + sign.says()));
        assertTrue(LikelySigns.load().categories().stream().allMatch(shipped.signs()::containsKey),
                "the ranking names only categories the wording can say");
    }
}
