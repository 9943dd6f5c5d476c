package crampcoach.safety;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything language-specific besides the symptoms themselves, so a locale can adjust it in its
 * own red-flags.json without code.
 *
 * @param contractedWords   whole words to spell out: "can't" to "can not", "wont" to "will not"
 * @param contractedEndings endings to spell out when no whole word matched: "n't" to " not"
 * @param negation          the cues that deny a symptom
 * @param context           the cues that make a mention past, hypothetical or a question
 * @param neutralPhrases    phrases whose words never count as symptoms: "hot water bottle",
 *                          "fell asleep", "blood pressure"
 */
public record LanguageCues(Map<String, String> contractedWords, Map<String, String> contractedEndings,
        NegationCues negation, ContextCues context, List<String> neutralPhrases) {

    public LanguageCues {
        contractedWords = Map.copyOf(contractedWords);
        contractedEndings = Map.copyOf(contractedEndings);
        Objects.requireNonNull(negation, "negation");
        Objects.requireNonNull(context, "context");
        neutralPhrases = List.copyOf(neutralPhrases);
    }
}
