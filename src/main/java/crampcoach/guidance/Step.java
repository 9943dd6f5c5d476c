package crampcoach.guidance;

import java.time.Duration;
import java.util.Objects;

/** One spoken instruction and how long to hold it before the next. */
public record Step(String instruction, Duration hold) {

    /** A hold longer than a minute is no longer a stretch a person in pain can keep up. */
    public static final Duration LONGEST_HOLD = Duration.ofSeconds(60);

    public Step {
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(hold, "hold");
        if (instruction.isBlank()) {
            throw new IllegalArgumentException("a step needs an instruction");
        }
        if (hold.isNegative() || hold.compareTo(LONGEST_HOLD) > 0) {
            throw new IllegalArgumentException("hold must be 0 to 60 seconds, was " + hold.toSeconds() + " s");
        }
    }
}
