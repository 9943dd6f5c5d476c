package crampcoach.guidance;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The topics of one locale, found by id or by the intent that asks for them. */
public record TopicCatalog(Map<String, Topic> byId) {

    public TopicCatalog {
        byId = Map.copyOf(byId);
    }

    public static TopicCatalog of(Collection<Topic> topics) {
        Map<String, Topic> byId = new LinkedHashMap<>();
        for (Topic topic : topics) {
            if (byId.put(topic.id(), topic) != null) {
                throw new IllegalArgumentException("two topics with the id " + topic.id());
            }
        }
        return new TopicCatalog(byId);
    }

    public Optional<Topic> forIntent(String intentName) {
        return byId.values().stream().filter(topic -> topic.intent().filter(intentName::equals).isPresent()).findFirst();
    }

    public Optional<Topic> forId(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
