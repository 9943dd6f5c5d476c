package crampcoach.handlers;

import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import com.fasterxml.jackson.databind.JsonNode;
import crampcoach.content.LocaleContent;
import crampcoach.conversation.Reply;
import crampcoach.guidance.Position;
import crampcoach.guidance.Routine;
import crampcoach.json.JsonTrees;
import crampcoach.speech.Timeline;
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
 * What an Echo Show shows beside a reply, as the SDK's APL {@link RenderDocumentDirective}: the step
 * Alexa is saying, in large type, with a countdown of its hold, for a whole routine in one go as for
 * one step at a time; or the medical-help message. The document is
 * {@code src/main/resources/apl/routine.json}; this class fills only its data, never its words.
 *
 * <p>How the screen keeps step with the voice. The routine is said by {@code outputSpeech}, as on a
 * device without a screen, and the screen follows a {@link Timeline} read off that same speech: for
 * each second, the step under way and the hold still to go. The document's clock is APL's
 * {@code elapsedTime} (a tick handler reads it a few times a second), so a late tick never pushes the
 * rest of the routine later, as a chain of {@code Idle} commands would. Letting APL speak instead
 * ({@code ssmlToSpeech} and one {@code SpeakItem} per step, holds as {@code Idle}) would keep the
 * screen exactly in step, but the guidance would then depend on the screen: a touch or any new
 * command stops APL's command sequence and the voice with it, a rendering failure would be silence,
 * and the question after the routine would need the microphone opened by a further request. For a
 * person in pain the voice must not depend on the screen, so the screen follows the voice, within
 * the drift {@link Timeline} describes.
 */
final class Screen {

    static final String TOKEN = "cramp-coach-screen";
    static final String DOCUMENT = "/apl/routine.json";

    private Screen() {
    }

    /** The directive for a reply, or empty when the reply has nothing to show. */
    static Optional<RenderDocumentDirective> forReply(LocaleContent content, Reply reply, boolean night, boolean quietly) {
        return data(content, reply, night, quietly).map(screen -> RenderDocumentDirective.builder()
                .withToken(TOKEN)
                .withDocument(Document.TREE)
                .withDatasources(Map.of("screen", screen))
                .build());
    }

    /**
     * The document's data source for a reply, as the document reads it under {@code payload.screen}.
     *
     * @param quietly whether the reply is said in the night voice, which is slower
     */
    static Optional<Map<String, Object>> data(LocaleContent content, Reply reply, boolean night, boolean quietly) {
        Map<String, Object> screen = new LinkedHashMap<>();
        screen.put("night", night);
        screen.put("medicalHelp", reply.medicalHelp());
        screen.put("stepCount", 0);
        screen.put("steps", List.of());
        screen.put("stepAt", List.of());
        screen.put("countAt", List.of());
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
        List<String> steps = new ArrayList<>();
        routine.steps().forEach(step -> steps.add(step.instruction()));
        Timeline timeline = Timeline.of(reply.speech(), quietly);
        screen.put("title", routine.name());
        screen.put("text", routine.intro());
        screen.put("stepCount", routine.stepCount());
        screen.put("steps", steps);
        screen.put("stepAt", timeline.steps());
        screen.put("countAt", timeline.counts());
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
