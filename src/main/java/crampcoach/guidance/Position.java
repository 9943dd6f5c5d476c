package crampcoach.guidance;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a person is in a routine. Moving never goes outside the routine: at either end the move is
 * empty and the caller says so.
 */
public record Position(String routineId, int step, Pace pace) {

    public Position {
        Objects.requireNonNull(routineId, "routineId");
        Objects.requireNonNull(pace, "pace");
        if (routineId.isBlank()) {
            throw new IllegalArgumentException("routineId must not be blank");
        }
        if (step < 0) {
            throw new IllegalArgumentException("step must not be negative: " + step);
        }
    }

    public static Position start(Routine routine, Pace pace) {
        return new Position(routine.id(), 0, pace);
    }

    /** After a whole routine has played, the person stands at its last step. */
    public static Position finished(Routine routine) {
        return new Position(routine.id(), routine.stepCount() - 1, Pace.WHOLE);
    }

    public boolean isLast(Routine routine) {
        return step == routine.stepCount() - 1;
    }

    public Optional<Position> next(Routine routine) {
        return isLast(routine) ? Optional.empty() : Optional.of(new Position(routineId, step + 1, Pace.STEP_BY_STEP));
    }

    public Optional<Position> previous() {
        return step == 0 ? Optional.empty() : Optional.of(new Position(routineId, step - 1, Pace.STEP_BY_STEP));
    }

    public Position restarted() {
        return new Position(routineId, 0, pace);
    }
}
