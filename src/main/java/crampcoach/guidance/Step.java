package crampcoach.guidance;

import java.time.Duration;
import java.util.Objects;

/**
 * One spoken instruction and how long to hold it before the next.
 *
 * @param instruction     what to do, plain text
 * @param hold            the timed hold of a first round
 * @param slowerHold      the hold when the routine is played again, more slowly, because the cramp has
 *                        not eased; never shorter than {@code hold}
 * @param deepensPrevious whether this step carries on the stretch before it ("ease them a little
 *                        closer"), so the hold before it must not end with "and relax"
 */
public record Step(String instruction, Duration hold, Duration slowerHold, boolean deepensPrevious) {

    /** A hold longer than a minute is no longer a stretch a person in pain can keep up. */
    public static final Duration LONGEST_HOLD = Duration.ofSeconds(60);

    public Step {
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(slowerHold, "slowerHold");
        if (instruction.isBlank()) {
            throw new IllegalArgumentException("a step needs an instruction");
        }
        if (hold.isNegative() || hold.compareTo(LONGEST_HOLD) > 0) {
            throw new IllegalArgumentException("hold must be 0 to 60 seconds, was " + hold.toSeconds() + " s");
        }
        if (slowerHold.compareTo(hold) < 0 || slowerHold.compareTo(LONGEST_HOLD) > 0) {
            throw new IllegalArgumentException("the slower hold must be from the hold to 60 seconds, was "
                    + slowerHold.toSeconds() + " s");
        }
    }

    /** A step that starts a stretch of its own and holds as long in every round. */
    public Step(String instruction, Duration hold) {
        this(instruction, hold, hold, false);
    }

    /** The hold at the given tempo. */
    public Duration hold(Tempo tempo) {
        return tempo == Tempo.SLOWER ? slowerHold : hold;
    }
}
