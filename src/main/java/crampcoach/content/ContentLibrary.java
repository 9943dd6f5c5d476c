package crampcoach.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
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
        Messages messages = messages(locale, List.of(files.read(locale, "messages.json"), files.read(locale, "diary.json")),
                settings.placeholders());
        RedFlagReader.Result redFlags = new RedFlagReader().read(
                files.open(ContentFiles.BASE_LOCALE, "red-flags.json")
                        .orElseThrow(() -> new IllegalStateException("missing content/en/red-flags.json")),
                locale.equals(ContentFiles.BASE_LOCALE) ? Optional.empty() : files.open(locale, "red-flags.json"));
        return new LocaleContent(settings, messages,
                guidance.routines(files.read(locale, "routines.json")),
                guidance.topics(files.read(locale, "topics.json")),
                redFlags.detector(), redFlags.reasons());
    }

    private static LocaleSettings settings(String locale, JsonNode file) {
        Map<String, String> placeholders = new LinkedHashMap<>();
        file.properties().forEach(field -> {
            if (field.getValue().isTextual()) {
                placeholders.put(field.getKey(), field.getValue().asText());
            }
        });
        String digits = placeholders.getOrDefault("emergencyNumber", "");
        String spoken = placeholders.get("emergencyNumberSpoken");
        if (spoken == null || spoken.isBlank()) {
            throw new IllegalStateException(locale + "/locale.json: emergencyNumberSpoken is missing");
        }
        // Content says {emergencyNumber} and always means the words Alexa should speak.
        placeholders.put("emergencyNumber", spoken);
        return new LocaleSettings(locale, digits.isBlank() ? Optional.empty() : Optional.of(digits), placeholders);
    }

    /** The messages of every file given (messages.json, diary.json), each id in one file only. */
    private static Messages messages(String locale, List<JsonNode> files, Map<String, String> placeholders) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (JsonNode file : files) {
            file.path("messages").properties().forEach(field -> {
                String text = Wording.fill(field.getValue().asText(), placeholders);
                if (texts.put(field.getKey(), text) != null) {
                    throw new IllegalStateException(locale + ": message " + field.getKey() + " is defined twice");
                }
            });
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException(locale + ": messages.json has no messages");
        }
        return Messages.of(texts);
    }
}
