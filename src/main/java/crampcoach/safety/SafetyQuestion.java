package crampcoach.safety;

import java.util.List;
import java.util.Objects;

/**
 * The one yes/no question the skill asks before any stretch when it cannot place what it heard as
 * ordinary cramp talk. It names the signs of the categories it lists; "yes" gets the answer for
 * {@code yesLevel} with {@code reason} said first.
 *
 * @param id         an upper-case id such as {@code EMERGENCY_SIGNS}, or a built question's {@code SIGNS:} id
 * @param yesLevel   the urgency a "yes" means: the most severe level of the signs named
 * @param question   the spoken question, ending so that yes or no answers it
 * @param reason     the sentence said before the action when the answer is yes
 * @param categories the red-flag category ids whose signs the question names, machine-readable so
 *                   that a scorer can answer it as the person truly would
 */
public record SafetyQuestion(String id, Urgency yesLevel, String question, String reason, List<String> categories) {

    public SafetyQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(yesLevel, "yesLevel");
        if (!yesLevel.atLeast(Urgency.URGENT)) {
            throw new IllegalArgumentException(id + ": a yes must stop guidance (URGENT or EMERGENCY)");
        }
        if (question == null || question.isBlank() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(id + ": question and reason are required");
        }
        categories = List.copyOf(categories);
        if (categories.isEmpty()) {
            throw new IllegalArgumentException(id + ": a question names at least one category's signs");
        }
    }

    /** Whether the question asks about the signs of this category. */
    public boolean names(String categoryId) {
        return categories.contains(categoryId);
    }
}
