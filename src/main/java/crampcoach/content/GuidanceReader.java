package crampcoach.content;

import com.fasterxml.jackson.databind.JsonNode;
import crampcoach.guidance.Routine;
import crampcoach.guidance.RoutineCatalog;
import crampcoach.guidance.Step;
import crampcoach.guidance.Topic;
import crampcoach.guidance.TopicCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds routines and topics from their merged JSON, filling locale-wide placeholders. */
final class GuidanceReader {

    private final Map<String, String> placeholders;

    GuidanceReader(Map<String, String> placeholders) {
        this.placeholders = placeholders;
    }

    RoutineCatalog routines(JsonNode file) {
        Map<String, Routine> routines = new LinkedHashMap<>();
        file.path("routines").properties().forEach(entry -> {
            JsonNode routine = entry.getValue();
            List<Step> steps = new ArrayList<>();
            routine.path("steps").forEach(step -> steps.add(new Step(
                    text(step, "say"), Duration.ofSeconds(step.path("holdSeconds").asInt(0)))));
            routines.put(entry.getKey(), new Routine(entry.getKey(), text(routine, "name"),
                    Wording.fill(routine.path("intro").asText(""), placeholders), steps, text(routine, "safety")));
        });
        return new RoutineCatalog(routines);
    }

    TopicCatalog topics(JsonNode file) {
        List<Topic> topics = new ArrayList<>();
        file.path("topics").properties().forEach(entry -> topics.add(new Topic(
                entry.getKey(), text(entry.getValue(), "intent"), text(entry.getValue(), "say"))));
        return TopicCatalog.of(topics);
    }

    private String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalStateException("content field '" + field + "' is missing or not text in " + node);
        }
        return Wording.fill(value.asText(), placeholders);
    }
}
