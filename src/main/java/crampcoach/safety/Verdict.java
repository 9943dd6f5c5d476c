package crampcoach.safety;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one safety check: the most severe urgency heard and the red-flag category that set
 * it. A category is present exactly when the urgency is above {@link Urgency#NONE}.
 *
 * @param urgency  how soon help is needed
 * @param category the red-flag category id, such as {@code "CHEST_PAIN"}
 */
public record Verdict(Urgency urgency, Optional<String> category) {

    private static final Verdict NONE = new Verdict(Urgency.NONE, Optional.empty());

    public Verdict {
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(category, "category");
        if ((urgency == Urgency.NONE) != category.isEmpty()) {
            throw new IllegalArgumentException("a category goes with every red flag and only with one: "
                    + urgency + " " + category);
        }
    }

    /** Nothing of concern was heard. */
    public static Verdict none() {
        return NONE;
    }

    /** A red flag of the given category at the given level (above NONE). */
    public static Verdict of(Urgency urgency, String category) {
        return new Verdict(urgency, Optional.of(Objects.requireNonNull(category, "category")));
    }

    /** Whether this verdict should stop the skill guiding a stretch (URGENT or EMERGENCY). */
    public boolean stopsGuidance() {
        return urgency.atLeast(Urgency.URGENT);
    }
}
