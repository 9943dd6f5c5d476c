package crampcoach.safety;

import java.util.HashMap;
import java.util.HashSet;
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
 */
public record RedFlagLexicon(LanguageCues language, Map<String, List<String>> wordSets,
        List<RedFlagCategory> categories) {

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
    }

    public Optional<RedFlagCategory> category(String id) {
        return categories.stream().filter(category -> category.id().equals(id)).findFirst();
    }

    /** The spoken reason sentence of a category. */
    public Optional<String> reason(String categoryId) {
        return category(categoryId).map(RedFlagCategory::reason);
    }
}
