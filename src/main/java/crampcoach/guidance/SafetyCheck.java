package crampcoach.guidance;

import java.util.Objects;

/**
 * One short yes-or-no question asked before a routine that some injuries or signs rule out, such as
 * a neck stretch after a fall. "Yes" means the routine must not be guided: the person is sent for
 * medical help, and {@code reason} says why in one sentence.
 *
 * @param question the question, answerable with yes or no
 * @param reason   said before the advice to get help when the answer is yes
 */
public record SafetyCheck(String question, String reason) {

    public SafetyCheck {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(reason, "reason");
        if (question.isBlank() || reason.isBlank()) {
            throw new IllegalArgumentException("a safety check needs a question and a reason");
        }
    }
}
