package crampcoach.safety;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one safety check: the most severe urgency heard, the red-flag category that set it,
 * and, when the rules could not place what was heard as ordinary, the yes/no question to ask before
 * any stretch. A category is present exactly when the urgency is above {@link Urgency#NONE}. A
 * question comes with a red flag only when the gate doubts the rules' finding (the words sound plainly
 * ordinary to the learned opinion): the question names that sign first, and where no question may be
 * asked ({@link #withoutQuestion()}) the finding stands.
 *
 * @param urgency  how soon help is needed
 * @param category the red-flag category id, such as {@code "CHEST_PAIN"}
 * @param question the id of the {@link SafetyQuestion} to ask first, if any
 */
public record Verdict(Urgency urgency, Optional<String> category, Optional<String> question) {

    private static final Verdict NONE = new Verdict(Urgency.NONE, Optional.empty());

    public Verdict {
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(question, "question");
        if ((urgency == Urgency.NONE) != category.isEmpty()) {
            throw new IllegalArgumentException("a category goes with every red flag and only with one: "
                    + urgency + " " + category);
        }
    }

    /** A verdict with no question to ask. */
    public Verdict(Urgency urgency, Optional<String> category) {
        this(urgency, category, Optional.empty());
    }

    /** Nothing of concern was heard. */
    public static Verdict none() {
        return NONE;
    }

    /** A red flag of the given category at the given level (above NONE). */
    public static Verdict of(Urgency urgency, String category) {
        return new Verdict(urgency, Optional.of(Objects.requireNonNull(category, "category")));
    }

    /** The same verdict, asking this question first. */
    public Verdict askingFirst(String questionId) {
        return new Verdict(urgency, category, Optional.of(Objects.requireNonNull(questionId, "questionId")));
    }

    /** The same verdict with no question: what stands when the session has already had its one question. */
    public Verdict withoutQuestion() {
        return question.isEmpty() ? this : new Verdict(urgency, category);
    }

    /** Whether one yes/no question must come before any guidance. */
    public boolean asksFirst() {
        return question.isPresent();
    }

    /**
     * Whether this verdict stops the skill guiding a stretch and sends the person to medical help
     * (URGENT or EMERGENCY) now; a doubted red flag asks first, and stops guidance until answered.
     */
    public boolean stopsGuidance() {
        return urgency.atLeast(Urgency.URGENT) && question.isEmpty();
    }
}
