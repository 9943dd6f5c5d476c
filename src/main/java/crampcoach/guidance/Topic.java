package crampcoach.guidance;

import java.util.Objects;

/**
 * Something a person can ask about, such as heat or cold, answered in a few spoken sentences.
 *
 * @param id     content id, such as {@code HEAT_OR_COLD}
 * @param intent the interaction-model intent that asks for it, such as {@code HeatOrColdIntent}
 * @param text   the answer, plain text
 */
public record Topic(String id, String intent, String text) {

    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("topic " + id + " has no text");
        }
    }
}
