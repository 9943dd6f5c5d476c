package crampcoach.handlers;

import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import com.fasterxml.jackson.databind.JsonNode;
import crampcoach.content.LocaleContent;
import crampcoach.conversation.Reply;
import crampcoach.guidance.Pace;
import crampcoach.guidance.Position;
import crampcoach.guidance.Routine;
import crampcoach.guidance.Step;
import crampcoach.json.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an Echo Show shows beside a reply, as the SDK's APL {@link RenderDocumentDirective}: the
 * current step in large type with a countdown of its hold (step by step), the routine as a list
 * (the whole routine in one go), or the medical-help message. The document is
 * {@code src/main/resources/apl/routine.json}; this class fills only its data, never its words.
 */
final class Screen {

    static final String TOKEN = "cramp-coach-screen";
    static final String DOCUMENT = "/apl/routine.json";

    private Screen() {
    }

    /** The directive for a reply, or empty when the reply has nothing to show. */
    static Optional<RenderDocumentDirective> forReply(LocaleContent content, Reply reply, boolean night) {
        return data(content, reply, night).map(screen -> RenderDocumentDirective.builder()
                .withToken(TOKEN)
                .withDocument(Document.TREE)
                .withDatasources(Map.of("screen", screen))
                .build());
    }

    /** The document's data source for a reply, as the document reads it under {@code payload.screen}. */
    static Optional<Map<String, Object>> data(LocaleContent content, Reply reply, boolean night) {
        Map<String, Object> screen = new LinkedHashMap<>();
        screen.put("night", night);
        screen.put("medicalHelp", reply.medicalHelp());
        screen.put("step", 0);
        screen.put("stepCount", 0);
        screen.put("seconds", 0);
        screen.put("steps", List.of());
        if (reply.medicalHelp() && reply.card().isPresent()) {
            screen.put("title", reply.card().get().title());
            screen.put("text", reply.card().get().text());
            return Optional.of(screen);
        }
        Optional<Position> position = reply.next().position();
        if (reply.endsSession() || position.isEmpty()) {
            return Optional.empty();
        }
        Optional<Routine> found = content.routines().find(position.get().routineId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Routine routine = found.get();
        screen.put("title", routine.name());
        if (position.get().pace() == Pace.STEP_BY_STEP) {
            Step step = routine.step(position.get().step());
            screen.put("text", step.instruction());
            screen.put("step", position.get().step() + 1);
            screen.put("stepCount", routine.stepCount());
            screen.put("seconds", step.hold().toSeconds());
        } else {
            List<String> steps = new ArrayList<>();
            routine.steps().forEach(step -> steps.add(step.instruction()));
            screen.put("text", routine.intro());
            screen.put("steps", steps);
        }
        return Optional.of(screen);
    }

    /** The document, read once, on the first reply for a screen. */
    private static final class Document {

        static final Map<String, Object> TREE = read();

        @SuppressWarnings("unchecked")
        private static Map<String, Object> read() {
            try (InputStream in = Screen.class.getResourceAsStream(DOCUMENT)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + DOCUMENT);
                }
                return (Map<String, Object>) plain(JsonTrees.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException(DOCUMENT + " is not valid JSON", e);
            }
        }

        /** A JSON tree as the plain maps and lists the SDK's APL model carries, unmodifiable. */
        private static Object plain(JsonNode node) {
            if (node.isObject()) {
                Map<String, Object> map = new LinkedHashMap<>();
                node.properties().forEach(field -> map.put(field.getKey(), plain(field.getValue())));
                return Collections.unmodifiableMap(map);
            }
            if (node.isArray()) {
                List<Object> list = new ArrayList<>();
                node.forEach(element -> list.add(plain(element)));
                return Collections.unmodifiableList(list);
            }
            if (node.isBoolean()) {
                return node.booleanValue();
            }
            if (node.isNumber()) {
                return node.numberValue();
            }
            return node.isNull() ? null : node.asText();
        }
    }
}
