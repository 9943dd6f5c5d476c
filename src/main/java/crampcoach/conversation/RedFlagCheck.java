package crampcoach.conversation;

import crampcoach.safety.RedFlagCategory;
import crampcoach.safety.SignQuestions;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The safety gate's yes/no question, asked before any guidance when the gate is unsure, and what the person had asked for, so that
 * "no" can carry on with it. Ids only: the question's id, the intent, the muscle and an advisory
 * category, never the words the person said about a symptom.
 *
 * @param questionId the safety question asked, as the red-flag content names it
 * @param carryOn    what to do after "no"
 * @param muscle     the muscle id the person named, if any
 * @param advisory   the advisory category the rules heard beside the question, if any
 */
public record RedFlagCheck(String questionId, CarryOn carryOn, Optional<String> muscle, Optional<String> advisory) {

    /** What the person asked for when the question came. */
    public enum CarryOn {
        /** A whole guided stretch. */
        STRETCH,
        /** A stretch one step at a time. */
        STEP_BY_STEP,
        /** Telling the skill about a symptom. */
        REPORT_SYMPTOM,
        /** Anything else: ask where the cramp is. */
        ASK_WHERE
    }

    public RedFlagCheck {
        if (!isQuestionId(questionId)) {
            throw new IllegalArgumentException("not a question id: " + questionId);
        }
        Objects.requireNonNull(carryOn, "carryOn");
        Objects.requireNonNull(muscle, "muscle");
        Objects.requireNonNull(advisory, "advisory");
        if (muscle.isPresent() && !isId(muscle.get()) || advisory.isPresent() && !isId(advisory.get())) {
            throw new IllegalArgumentException("muscle and advisory are ids");
        }
    }

    /**
     * A fixed question's id, or a built question's: {@link SignQuestions#ID_PREFIX} and the category ids
     * it names, joined by commas. Only the form is checked here; the gate rebuilds the question from it.
     */
    public static boolean isQuestionId(String text) {
        if (text == null || !text.startsWith(SignQuestions.ID_PREFIX)) {
            return isId(text);
        }
        String[] named = text.substring(SignQuestions.ID_PREFIX.length()).split(",", -1);
        return named.length <= SignQuestions.MOST_NAMED && Arrays.stream(named).allMatch(RedFlagCheck::isId);
    }

    /** An id as the content writes them (upper-case letters and underscores), of a sensible length. */
    public static boolean isId(String text) {
        return text != null && text.length() <= 40 && RedFlagCategory.isUpperCaseId(text);
    }
}
