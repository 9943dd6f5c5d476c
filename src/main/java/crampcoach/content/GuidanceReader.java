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

    /**
     * The routines as they run at night: each step the night file names (the standing ones) replaced
     * by its in-bed version, same hold, and the safety line without its words on standing, so a person
     * half asleep is never told to get up in the dark.
     */
    RoutineCatalog inBed(RoutineCatalog day, JsonNode nightRoutines) {
        Map<String, Routine> routines = new LinkedHashMap<>(day.routines());
        nightRoutines.properties().forEach(entry -> {
            Routine routine = day.find(entry.getKey()).orElseThrow(() -> new IllegalStateException(
                    "night.json names routine " + entry.getKey() + ", which does not exist"));
            List<Step> steps = new ArrayList<>(routine.steps());
            Optional<Step> standing = Optional.empty();
            for (Map.Entry<String, JsonNode> replacement : entry.getValue().path("inBed").properties()) {
                int index = Integer.parseInt(replacement.getKey());
                if (index < 0 || index >= steps.size()) {
                    throw new IllegalStateException("night.json: " + routine.id() + " has no step " + index);
                }
                Step dayStep = steps.get(index);
                steps.set(index, new Step(Wording.fill(replacement.getValue().asText(), placeholders), dayStep.hold(),
                        dayStep.slowerHold(), dayStep.deepensPrevious()));
                // The day's standing step, in the night's words, for whoever says they can stand safely.
                if (entry.getValue().path("standing").isTextual()) {
                    standing = Optional.of(new Step(text(entry.getValue(), "standing"), dayStep.hold(),
                            dayStep.slowerHold(), false));
                }
            }
            JsonNode safety = entry.getValue().path("safety");
            routines.put(routine.id(), new Routine(routine.id(), routine.name(), routine.intro(), steps,
                    safety.isTextual() ? Wording.fill(safety.asText(), placeholders) : routine.safety(),
                    routine.check(), standing));
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
