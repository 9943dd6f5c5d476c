package crampcoach.content;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The skill's own sentences for one locale, by id, with locale-wide placeholders already filled: once
 * as Alexa speaks them ("call nine one one") and once as a card shows them ("call 911").
 */
public record Messages(Map<String, String> texts, Map<String, String> writtenTexts) {

    public Messages {
        texts = Map.copyOf(texts);
        writtenTexts = Map.copyOf(writtenTexts);
        if (!texts.keySet().equals(writtenTexts.keySet())) {
            throw new IllegalArgumentException("every message needs a spoken and a written form");
        }
    }

    /** The sentence as Alexa speaks it. */
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

    /** The sentence as a card in the Alexa app shows it, numbers in digits. */
    public String written(String id) {
        text(id);
        return writtenTexts.get(id);
    }

    /** A sentence that content may or may not have, such as the advice for one red-flag category. */
    public Optional<String> find(String id) {
        return Optional.ofNullable(texts.get(id));
    }

    static Messages of(Map<String, String> texts, Map<String, String> writtenTexts) {
        texts.forEach((id, text) -> Objects.requireNonNull(text, id));
        return new Messages(texts, writtenTexts);
    }
}
