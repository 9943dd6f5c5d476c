package crampcoach.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crampcoach.guidance.Pace;
import crampcoach.guidance.Position;
import crampcoach.guidance.Routine;
import crampcoach.guidance.RoutineCatalog;
import crampcoach.guidance.SafetyCheck;
import crampcoach.guidance.Step;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Session attributes, as Alexa echoes them back")
class SessionAttributesTest {

    private final RoutineCatalog routines = new RoutineCatalog(Map.of("CALF", new Routine("CALF", "calf", "",
            List.of(new Step("Pull.", Duration.ofSeconds(30)), new Step("Rest.", Duration.ZERO)), "Gently.")));

    @Test
    void a_written_state_reads_back_the_same() {
        SessionState state = new SessionState(Optional.of(new Position("CALF", 1, Pace.STEP_BY_STEP)),
                Awaiting.EASED, true, 2, true, Optional.of("MASSAGE"), Optional.empty());
        SessionAttributes.Read read = SessionAttributes.read(new HashMap<>(SessionAttributes.write(state)), routines);
        assertEquals(state, read.state());
        assertFalse(read.tampered());
        assertEquals(Set.of(), read.discarded());
    }

    @Test
    void numbers_as_json_doubles_are_accepted() {
        SessionAttributes.Read read = SessionAttributes.read(Map.of("routine", "CALF", "step", 1.0, "pace", "WHOLE"), routines);
        assertEquals(1, read.state().position().orElseThrow().step());
    }

    @Test
    void an_unknown_routine_starts_fresh() {
        SessionAttributes.Read read = SessionAttributes.read(Map.of("routine", "EVIL", "step", 0, "pace", "WHOLE"), routines);
        assertEquals(Optional.empty(), read.state().position());
        assertEquals(List.of("routine", "step", "pace"), List.copyOf(read.discarded()));
    }

    @Test
    void values_of_the_wrong_type_are_dropped() {
        SessionAttributes.Read read = SessionAttributes.read(
                Map.of("awaiting", 7, "paused", "yes", "rounds", 9999, "disclaimed", "true", "lastTopic", "<script>"), routines);
        assertEquals(SessionState.fresh(), read.state());
        assertEquals(Set.of("awaiting", "paused", "rounds", "disclaimed", "lastTopic"), read.discarded());
    }

    @Test
    void a_step_without_a_routine_is_dropped_and_the_rest_kept() {
        SessionAttributes.Read read = SessionAttributes.read(Map.of("step", 1, "disclaimed", true), routines);
        assertEquals(SessionState.fresh().afterDisclaimer(), read.state());
        assertEquals(Set.of("step"), read.discarded());
        assertTrue(read.tampered());
    }

    @Test
    void a_pending_safety_question_reads_back_the_same() {
        RoutineCatalog withCheck = new RoutineCatalog(Map.of("NECK", new Routine("NECK", "neck", "",
                List.of(new Step("Tilt.", Duration.ofSeconds(20)), new Step("Rest.", Duration.ZERO)), "Slowly.",
                Optional.of(new SafetyCheck("Did you fall?", "A fall needs checking.")))));
        SessionState state = SessionState.fresh().checking(new Position("NECK", 0, Pace.STEP_BY_STEP));
        SessionAttributes.Read read = SessionAttributes.read(new HashMap<>(SessionAttributes.write(state)), withCheck);
        assertEquals(state, read.state());
        assertEquals(Awaiting.SAFETY_CHECK, read.state().awaiting());
        assertFalse(read.tampered());
    }

    @Test
    void a_safety_question_for_a_routine_without_one_is_dropped() {
        SessionAttributes.Read read = SessionAttributes.read(
                Map.of("awaiting", "SAFETY_CHECK", "checkRoutine", "CALF", "checkPace", "WHOLE"), routines);
        assertEquals(SessionState.fresh(), read.state());
        assertEquals(java.util.Set.of("awaiting", "checkRoutine", "checkPace"), read.discarded());
    }

    @Test
    void awaiting_a_safety_question_without_its_routine_awaits_nothing() {
        SessionAttributes.Read read = SessionAttributes.read(Map.of("awaiting", "SAFETY_CHECK"), routines);
        assertEquals(Awaiting.NOTHING, read.state().awaiting());
        assertEquals(java.util.Set.of("awaiting"), read.discarded());
    }

    @Test
    void any_other_question_drops_the_pending_safety_question() {
        SessionState asked = SessionState.fresh().checking(new Position("CALF", 0, Pace.WHOLE));
        assertEquals(Optional.empty(), asked.answered("MASSAGE").checking());
        assertEquals(Optional.empty(), asked.awaiting(Awaiting.WHERE).checking());
    }

    @Test
    void nothing_about_symptoms_is_ever_written() {
        Map<String, Object> written = SessionAttributes.write(SessionState.fresh().anotherRound().afterDisclaimer());
        assertEquals(Set.of("rounds", "disclaimed"), written.keySet());
    }

}
