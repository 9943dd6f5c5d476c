package crampcoach.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Choosing a routine from the muscle a person named")
class MuscleChoiceTest {

    private static Routine routine(String id) {
        return new Routine(id, id.toLowerCase(), "", List.of(new Step("Stretch.", Duration.ofSeconds(10))), "Gently.");
    }

    private final MuscleChoice choice = new MuscleChoice(new RoutineCatalog(Map.of(
            "CALF", routine("CALF"), "BACK_THIGH", routine("BACK_THIGH"), "LOWER_BACK", routine("LOWER_BACK"))));

    @Test
    void a_known_muscle_is_guided() {
        assertEquals(new MuscleChoice.Guide("CALF"), choice.choose(Optional.of("CALF"), MuscleChoice.Question.NONE));
    }

    @Test
    void no_muscle_asks_where() {
        assertEquals(new MuscleChoice.AskWhere(), choice.choose(Optional.empty(), MuscleChoice.Question.NONE));
    }

    @Test
    void a_plain_thigh_asks_front_or_back() {
        assertEquals(new MuscleChoice.AskThighSide(), choice.choose(Optional.of("THIGH"), MuscleChoice.Question.NONE));
    }

    @Test
    void a_leg_asks_calf_thigh_or_foot() {
        assertEquals(new MuscleChoice.AskLegPart(), choice.choose(Optional.of("LEG"), MuscleChoice.Question.WHERE));
        assertEquals(new MuscleChoice.AskLegPart(), choice.choose(Optional.of("LEG"), MuscleChoice.Question.NONE));
    }

    @Test
    void answering_the_leg_question_with_a_muscle_guides_it() {
        assertEquals(new MuscleChoice.Guide("CALF"), choice.choose(Optional.of("CALF"), MuscleChoice.Question.LEG_PART));
        assertEquals(new MuscleChoice.AskThighSide(), choice.choose(Optional.of("THIGH"), MuscleChoice.Question.LEG_PART));
    }

    @Test
    void the_back_answering_the_leg_question_is_not_the_lower_back() {
        assertEquals(new MuscleChoice.AskLegPart(), choice.choose(Optional.of("LOWER_BACK"), MuscleChoice.Question.LEG_PART));
    }

    @Test
    void the_back_answering_the_thigh_question_is_the_back_of_the_thigh() {
        assertEquals(new MuscleChoice.Guide("BACK_THIGH"),
                choice.choose(Optional.of("LOWER_BACK"), MuscleChoice.Question.THIGH_SIDE));
    }

    @Test
    void the_back_on_its_own_is_the_lower_back() {
        assertEquals(new MuscleChoice.Guide("LOWER_BACK"), choice.choose(Optional.of("LOWER_BACK"), MuscleChoice.Question.WHERE));
    }

    @Test
    void a_muscle_without_a_routine_gets_general_advice() {
        assertEquals(new MuscleChoice.NoRoutine("STOMACH"), choice.choose(Optional.of("STOMACH"), MuscleChoice.Question.NONE));
    }
}
