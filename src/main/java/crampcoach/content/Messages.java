package crampcoach.content;

import java.util.Map;
import java.util.Objects;

/** The skill's own sentences for one locale, by id, with locale-wide placeholders already filled. */
public record Messages(Map<String, String> texts) {

    public Messages {
        texts = Map.copyOf(texts);
    }

    public String text(String id) {
        String text = texts.get(id);
        if (text == null) {
            throw new IllegalArgumentException("no message with id " + id);
        }
        return text;
    }

    public String text(String id, Map<String, String> values) {
        return Wording.fill(text(id), values);
    }

    static Messages of(Map<String, String> texts) {
        texts.forEach((id, text) -> Objects.requireNonNull(text, id));
        return new Messages(texts);
    }
}
