package crampcoach.guidance;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The topics of one locale, found by the intent that asks for them or by id. */
public record TopicCatalog(Map<String, Topic> byIntent) {

    public TopicCatalog {
        byIntent = Map.copyOf(byIntent);
    }

    public static TopicCatalog of(Collection<Topic> topics) {
        return new TopicCatalog(topics.stream().collect(Collectors.toMap(Topic::intent, Function.identity())));
    }

    public Optional<Topic> forIntent(String intentName) {
        return Optional.ofNullable(byIntent.get(intentName));
    }

    public Optional<Topic> forId(String id) {
        return byIntent.values().stream().filter(topic -> topic.id().equals(id)).findFirst();
    }
}
