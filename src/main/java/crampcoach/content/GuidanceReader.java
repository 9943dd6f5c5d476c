package crampcoach.content;

import com.fasterxml.jackson.databind.JsonNode;
import crampcoach.guidance.Routine;
import crampcoach.guidance.SafetyCheck;
import crampcoach.guidance.RoutineCatalog;
import crampcoach.guidance.Step;
import crampcoach.guidance.Topic;
import crampcoach.guidance.TopicCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
            routine.path("steps").forEach(step -> {
                int hold = step.path("holdSeconds").asInt(0);
                steps.add(new Step(text(step, "say"), Duration.ofSeconds(hold),
                        Duration.ofSeconds(step.path("slowerHoldSeconds").asInt(hold)),
                        step.path("deepensPrevious").asBoolean(false)));
            });
            Optional<SafetyCheck> check = routine.has("check")
                    ? Optional.of(new SafetyCheck(text(routine.get("check"), "question"), text(routine.get("check"), "reason")))
                    : Optional.empty();
            routines.put(entry.getKey(), new Routine(entry.getKey(), text(routine, "name"),
                    Wording.fill(routine.path("intro").asText(""), placeholders), steps, text(routine, "safety"), check));
        });
        return new RoutineCatalog(routines);
    }

    TopicCatalog topics(JsonNode file) {
        List<Topic> topics = new ArrayList<>();
        file.path("topics").properties().forEach(entry -> {
            JsonNode topic = entry.getValue();
            Optional<String> intent = topic.has("intent") ? Optional.of(text(topic, "intent")) : Optional.empty();
            topics.add(new Topic(entry.getKey(), intent, text(topic, "say")));
        });
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
