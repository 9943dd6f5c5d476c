package crampcoach.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The skill's content for every locale it knows, each read once on first use. A locale without a
 * folder of its own (say fr-FR, or a tampered value) is answered from the English base, which names
 * no country's emergency number: a wrong number is worse than "your local emergency number".
 */
public final class ContentLibrary {

    /** The ending of a locale value's spoken twin, such as {@code emergencyNumberSpoken}. */
    private static final String SPOKEN = "Spoken";

    private final ContentFiles files;
    private final ConcurrentMap<String, LocaleContent> loaded = new ConcurrentHashMap<>();

    public ContentLibrary() {
        this.files = new ContentFiles();
    }

    /** The content for a request's locale; never fails for an unknown or odd locale. */
    public LocaleContent forLocale(String requestedLocale) {
        String locale = requestedLocale != null && files.hasLocale(requestedLocale)
                ? requestedLocale
                : ContentFiles.BASE_LOCALE;
        return loaded.computeIfAbsent(locale, this::load);
    }

    /** Whether a locale has content of its own rather than the English fallback. */
    public boolean knows(String locale) {
        return locale != null && files.hasLocale(locale);
    }

    private LocaleContent load(String locale) {
        LocaleSettings settings = settings(locale, files.read(locale, "locale.json"));
        GuidanceReader guidance = new GuidanceReader(settings.placeholders());
        // The safety gate's own lines live in their own file, beside the red-flag lexicon they belong to.
        Messages messages = messages(locale, settings, files.read(locale, "messages.json"), files.read(locale, "safety.json"));
        RedFlagReader.Result redFlags = new RedFlagReader().read(
                files.open(ContentFiles.BASE_LOCALE, "red-flags.json")
                        .orElseThrow(() -> new IllegalStateException("missing content/en/red-flags.json")),
                locale.equals(ContentFiles.BASE_LOCALE) ? Optional.empty() : files.open(locale, "red-flags.json"));
        return new LocaleContent(settings, messages,
                guidance.routines(files.read(locale, "routines.json")),
                guidance.topics(files.read(locale, "topics.json")),
                redFlags.detector(), redFlags.reasons());
    }

    /**
     * Reads locale.json. A value {@code K} that holds digits has a spoken twin {@code KSpoken}: content
     * that says {@code {K}} is spoken with the twin and written (on cards) with the digits.
     */
    private static LocaleSettings settings(String locale, JsonNode file) {
        Map<String, String> values = new LinkedHashMap<>();
        file.properties().forEach(field -> {
            if (field.getValue().isTextual()) {
                values.put(field.getKey(), field.getValue().asText());
            }
        });
        Map<String, String> spoken = new LinkedHashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (!key.endsWith(SPOKEN)) {
                spoken.put(key, values.getOrDefault(key + SPOKEN, value));
                written.put(key, value);
            }
        });
        String digits = values.getOrDefault("emergencyNumber", "");
        String emergencySpoken = values.get("emergencyNumber" + SPOKEN);
        if (emergencySpoken == null || emergencySpoken.isBlank()) {
            throw new IllegalStateException(locale + "/locale.json: emergencyNumberSpoken is missing");
        }
        // Where the country is unknown there are no digits to write: the card says what speech says.
        spoken.put("emergencyNumber", emergencySpoken);
        written.put("emergencyNumber", digits.isBlank() ? emergencySpoken : digits);
        return new LocaleSettings(locale, digits.isBlank() ? Optional.empty() : Optional.of(digits), spoken, written);
    }

    private static Messages messages(String locale, LocaleSettings settings, JsonNode... files) {
        Map<String, String> spoken = new LinkedHashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        for (JsonNode file : files) {
            file.path("messages").properties().forEach(field -> {
                spoken.put(field.getKey(), Wording.fill(field.getValue().asText(), settings.placeholders()));
                written.put(field.getKey(), Wording.fill(field.getValue().asText(), settings.written()));
            });
        }
        if (spoken.isEmpty()) {
            throw new IllegalStateException(locale + ": messages.json has no messages");
        }
        return Messages.of(spoken, written);
    }
}
