package crampcoach.content;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What differs between English-speaking markets in the way the skill must speak and write.
 *
 * @param locale          the content folder these settings came from, such as {@code en-GB}, or {@code en}
 *                        when the request's locale has no content of its own
 * @param emergencyNumber the digits, such as 999; empty where the country is not known
 * @param placeholders    every value content text may name, in the form Alexa should speak
 *                        ({@code {emergencyNumber}} as "nine nine nine")
 * @param written         the same values as a card shows them ({@code {emergencyNumber}} as "999")
 */
public record LocaleSettings(String locale, Optional<String> emergencyNumber, Map<String, String> placeholders,
        Map<String, String> written) {

    public LocaleSettings {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(emergencyNumber, "emergencyNumber");
        placeholders = Map.copyOf(placeholders);
        written = Map.copyOf(written);
        if (!placeholders.containsKey("emergencyNumber") || !written.containsKey("emergencyNumber")) {
            throw new IllegalArgumentException(locale + ": the emergency number is missing");
        }
        if (!placeholders.keySet().equals(written.keySet())) {
            throw new IllegalArgumentException(locale + ": every value needs a spoken and a written form");
        }
    }

    /** The emergency number as it is spoken, or "your local emergency number". */
    public String emergencyNumberSpoken() {
        return placeholders.get("emergencyNumber");
    }
}
