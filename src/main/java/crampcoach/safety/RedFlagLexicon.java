package crampcoach.safety;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The whole red-flag lexicon of one locale, as read from red-flags.json.
 *
 * @param language   negation, context and normalisation cues
 * @param wordSets   named lists of single words that phrases use as {@code @NAME}, such as LIMB
 * @param categories the categories in priority order: on equal level and specificity the earlier wins
 * @param questions  the yes/no questions asked when the rules cannot place what was heard, the most
 *                   general first: it is the one asked when nothing more specific fits
 * @param concerns   per question id, the phrases (body parts, sensations, bodily functions beyond
 *                   cramp talk) that make the rules unsure and so call for that question
 * @param signQuestions the wording for a question built around the signs a person most likely has;
 *                   without it the gate asks only the fixed questions
 */
public record RedFlagLexicon(LanguageCues language, Map<String, List<String>> wordSets,
        List<RedFlagCategory> categories, List<SafetyQuestion> questions, Map<String, List<String>> concerns,
        Optional<SignQuestions> signQuestions) {

    /** A lexicon that asks only its fixed questions. */
    public RedFlagLexicon(LanguageCues language, Map<String, List<String>> wordSets,
            List<RedFlagCategory> categories, List<SafetyQuestion> questions, Map<String, List<String>> concerns) {
        this(language, wordSets, categories, questions, concerns, Optional.empty());
    }

    public RedFlagLexicon {
        Objects.requireNonNull(language, "language");
        Map<String, List<String>> copied = new HashMap<>();
        for (Map.Entry<String, List<String>> set : wordSets.entrySet()) {
            copied.put(set.getKey(), List.copyOf(set.getValue()));
        }
        wordSets = Map.copyOf(copied);
        categories = List.copyOf(categories);
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("the lexicon has no categories");
        }
        Set<String> ids = new HashSet<>();
        for (RedFlagCategory category : categories) {
            if (!ids.add(category.id())) {
                throw new IllegalArgumentException("duplicate category " + category.id());
            }
        }
        questions = List.copyOf(questions);
        Set<String> questionIds = new HashSet<>();
        for (SafetyQuestion question : questions) {
            if (!questionIds.add(question.id())) {
                throw new IllegalArgumentException("duplicate question " + question.id());
            }
            for (String named : question.categories()) {
                if (!ids.contains(named)) {
                    throw new IllegalArgumentException(question.id() + " names an unknown category " + named);
                }
            }
        }
        Map<String, List<String>> copiedConcerns = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> concern : concerns.entrySet()) {
            if (!questionIds.contains(concern.getKey())) {
                throw new IllegalArgumentException("concerns for an unknown question " + concern.getKey());
            }
            copiedConcerns.put(concern.getKey(), List.copyOf(concern.getValue()));
        }
        concerns = Collections.unmodifiableMap(copiedConcerns);
        if (!concerns.isEmpty() && questions.isEmpty()) {
            throw new IllegalArgumentException("concerns need a question to ask");
        }
        Objects.requireNonNull(signQuestions, "signQuestions");
        for (String named : signQuestions.map(signs -> signs.signs().keySet()).orElse(Set.of())) {
            if (!ids.contains(named)) {
                throw new IllegalArgumentException("signQuestion names an unknown category " + named);
            }
        }
    }

    public Optional<RedFlagCategory> category(String id) {
        return categories.stream().filter(category -> category.id().equals(id)).findFirst();
    }

    /** The spoken reason sentence of a category. */
    public Optional<String> reason(String categoryId) {
        return category(categoryId).map(RedFlagCategory::reason);
    }
}
