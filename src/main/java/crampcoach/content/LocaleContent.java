package crampcoach.content;

import crampcoach.guidance.RoutineCatalog;
import crampcoach.guidance.TopicCatalog;
import crampcoach.safety.RedFlagDetector;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the skill says and checks in one locale.
 *
 * @param settings     emergency number and other market differences
 * @param messages     the skill's own sentences
 * @param routines     guided stretches by muscle
 * @param topics       answers to "what else helps" and the like
 * @param redFlags     the red-flag check for this locale's words
 * @param redFlagReasons one short sentence per red-flag category, said before the action to take
 */
public record LocaleContent(LocaleSettings settings, Messages messages, RoutineCatalog routines,
        TopicCatalog topics, RedFlagDetector redFlags, Map<String, String> redFlagReasons) {

    public LocaleContent {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(routines, "routines");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(redFlags, "redFlags");
        redFlagReasons = Map.copyOf(redFlagReasons);
    }

    public Optional<String> redFlagReason(String category) {
        return Optional.ofNullable(redFlagReasons.get(category));
    }
}
