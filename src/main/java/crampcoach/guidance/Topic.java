package crampcoach.guidance;

import java.util.Objects;
import java.util.Optional;

/**
 * Something a person can ask about, such as heat or cold, answered in a few spoken sentences.
 *
 * @param id     content id, such as {@code HEAT_OR_COLD}; a named medicine is routed to a topic by id
 * @param intent the interaction-model intent that asks for it, such as {@code HeatOrColdIntent}; empty for
 *               a topic reached only by id, such as {@code QUININE}
 * @param text   the answer, plain text
 */
public record Topic(String id, Optional<String> intent, String text) {

    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("topic " + id + " has no text");
        }
    }
}
