package crampcoach.guidance;

import java.util.Optional;

/**
 * Turns the muscle a person named into what to do next. Some answers are ambiguous in a way that
 * matters: the front and back of the thigh need opposite stretches, so "thigh" must be asked about,
 * and "my leg" could be the calf, the thigh or the foot.
 */
public final class MuscleChoice {

    /** What the skill should do with the muscle it heard. */
    public sealed interface Outcome {
    }

    /** Guide the routine with this id. */
    public record Guide(String routineId) implements Outcome {
    }

    /** Ask one short question: front or back of the thigh? */
    public record AskThighSide() implements Outcome {
    }

    /** Ask one short question: the calf, the thigh or the foot? */
    public record AskLegPart() implements Outcome {
    }

    /** Ask one short question: where is the cramp? */
    public record AskWhere() implements Outcome {
    }

    /** A muscle with no safe stretch to guide (such as the stomach): general advice instead. */
    public record NoRoutine(String muscleId) implements Outcome {
    }

    /** The question the skill asked last, which changes how a one-word answer is read. */
    public enum Question { NONE, WHERE, THIGH_SIDE, LEG_PART }

    private static final String THIGH = "THIGH";
    private static final String LEG = "LEG";
    private static final String LOWER_BACK = "LOWER_BACK";
    private static final String BACK_THIGH = "BACK_THIGH";

    private final RoutineCatalog routines;

    public MuscleChoice(RoutineCatalog routines) {
        this.routines = routines;
    }

    /**
     * @param muscleId the resolved slot id, empty when no muscle was named or it was not understood
     * @param asked    the question the skill asked just before
     */
    public Outcome choose(Optional<String> muscleId, Question asked) {
        if (muscleId.isEmpty()) {
            return new AskWhere();
        }
        String id = muscleId.get();
        // "The back" answers "front or back of the thigh?"; on its own it means the lower back.
        if (asked == Question.THIGH_SIDE && id.equals(LOWER_BACK)) {
            id = BACK_THIGH;
        }
        // Answering "calf, thigh or foot?", "the back" means the back of the leg, which is still two places.
        if (asked == Question.LEG_PART && id.equals(LOWER_BACK)) {
            return new AskLegPart();
        }
        if (id.equals(THIGH)) {
            return new AskThighSide();
        }
        if (id.equals(LEG)) {
            return new AskLegPart();
        }
        return routines.find(id).<Outcome>map(routine -> new Guide(routine.id())).orElse(new NoRoutine(id));
    }
}
