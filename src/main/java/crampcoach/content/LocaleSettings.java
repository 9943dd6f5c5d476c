package crampcoach.content;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What differs between English-speaking markets in the way the skill must speak.
 *
 * @param locale        the content folder these settings came from, such as {@code en-GB}, or {@code en}
 *                      when the request's locale has no content of its own
 * @param emergencyNumber the digits, such as 999; empty where the country is not known
 * @param placeholders  every value content text may name, {@code {emergencyNumber}} in its spoken form
 */
public record LocaleSettings(String locale, Optional<String> emergencyNumber, Map<String, String> placeholders) {

    public LocaleSettings {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(emergencyNumber, "emergencyNumber");
        placeholders = Map.copyOf(placeholders);
        if (!placeholders.containsKey("emergencyNumber")) {
            throw new IllegalArgumentException(locale + ": the spoken emergency number is missing");
        }
    }

    /** The emergency number as it is spoken, or "your local emergency number". */
    public String emergencyNumberSpoken() {
        return placeholders.get("emergencyNumber");
    }
}
