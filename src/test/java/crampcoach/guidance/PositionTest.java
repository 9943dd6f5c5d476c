package crampcoach.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A position in a routine")
class PositionTest {

    private final Routine threeSteps = new Routine("CALF", "calf", "", List.of(
            new Step("Pull your toes up.", Duration.ofSeconds(30)),
            new Step("Rub the calf.", Duration.ofSeconds(20)),
            new Step("Rest.", Duration.ZERO)), "Go gently.");

    @Test
    void next_moves_one_step_and_switches_to_step_by_step() {
        Position second = Position.start(threeSteps, Pace.WHOLE).next(threeSteps).orElseThrow();
        assertEquals(new Position("CALF", 1, Pace.STEP_BY_STEP), second);
    }

    @Test
    void next_at_the_last_step_is_empty() {
        assertEquals(Optional.empty(), Position.finished(threeSteps).next(threeSteps));
    }

    @Test
    void previous_at_the_first_step_is_empty() {
        assertEquals(Optional.empty(), Position.start(threeSteps, Pace.STEP_BY_STEP).previous());
    }

    @Test
    void a_finished_routine_stands_at_its_last_step() {
        assertTrue(Position.finished(threeSteps).isLast(threeSteps));
    }

    @Test
    void a_negative_step_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new Position("CALF", -1, Pace.WHOLE));
    }

    @Test
    void a_hold_over_a_minute_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new Step("Hold.", Duration.ofSeconds(61)));
    }

    @Test
    void a_routine_without_steps_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new Routine("CALF", "calf", "", List.of(), "Go gently."));
    }

    @Test
    void total_hold_adds_every_step() {
        assertEquals(Duration.ofSeconds(50), threeSteps.totalHold());
    }

    @Test
    void a_slower_round_holds_each_step_at_least_as_long() {
        Step step = new Step("Pull your toes up.", Duration.ofSeconds(30), Duration.ofSeconds(45), false);
        assertEquals(Duration.ofSeconds(45), step.hold(Tempo.SLOWER));
        assertEquals(Duration.ofSeconds(30), step.hold(Tempo.FIRST));
        assertThrows(IllegalArgumentException.class,
                () -> new Step("Hold.", Duration.ofSeconds(30), Duration.ofSeconds(20), false));
        assertThrows(IllegalArgumentException.class,
                () -> new Step("Hold.", Duration.ofSeconds(30), Duration.ofSeconds(61), false));
    }

    @Test
    void a_first_step_cannot_deepen_a_stretch_before_it() {
        List<Step> steps = List.of(new Step("A little closer.", Duration.ofSeconds(30), Duration.ofSeconds(30), true));
        assertThrows(IllegalArgumentException.class, () -> new Routine("CALF", "calf", "", steps, "Go gently."));
    }
}
