package crampcoach.content;

import com.fasterxml.jackson.databind.JsonNode;
import crampcoach.guidance.RoutineCatalog;
import crampcoach.safety.LearnedSecondOpinion;
import crampcoach.safety.SecondOpinion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

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
    /** Read once here and shared by every locale's detector: the model is the same English one for all. */
    private final SecondOpinion secondOpinion;
    /** Content as spoken on a device in another country or at night, read on first use. */
    private final ConcurrentMap<String, LocaleContent> variants = new ConcurrentHashMap<>();
    private final AtomicReference<Countries> countries = new AtomicReference<>();

    /** Night wording laid over the day's: shorter lines and in-bed stretches. */
    static final String NIGHT_FILE = "night.json";

    public ContentLibrary() {
        this.files = new ContentFiles();
        this.secondOpinion = LearnedSecondOpinion.load();
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

    /**
     * The content for a request's locale as spoken on one device: the emergency number and advice
     * line of the country its time zone points to (the locale's number and "or your local emergency
     * number" for a zone of no country the skill knows), and the night wording when it is night there.
     * With no time zone and in daytime it is {@link #forLocale(String)}.
     */
    public LocaleContent forDevice(String requestedLocale, Optional<String> timeZone, boolean night) {
        LocaleContent plain = forLocale(requestedLocale);
        Optional<Countries.Place> place = timeZone.map(zone -> countries().place(zone));
        if (place.isEmpty() && !night) {
            return plain;
        }
        String locale = plain.settings().locale();
        String key = locale + '|' + place.map(Countries.Place::key).orElse("") + '|' + night;
        return variants.computeIfAbsent(key, unused -> load(locale, place, night, plain));
    }

    private Countries countries() {
        return countries.updateAndGet(known -> known != null ? known : new Countries(files));
    }

    private LocaleContent load(String locale) {
        return load(locale, Optional.empty(), false, null);
    }

    /** {@code plain}, when given, lends its red-flag check: the same words in the same locale. */
    private LocaleContent load(String locale, Optional<Countries.Place> place, boolean night, LocaleContent plain) {
        Map<String, String> raw = textFields(files.read(locale, "locale.json"));
        place.ifPresent(where -> where.applyTo(raw));
        LocaleSettings settings = settings(locale, raw);
        GuidanceReader guidance = new GuidanceReader(settings.placeholders());
        JsonNode messageFile = files.read(locale, "messages.json");
        JsonNode countryMessages = place.flatMap(Countries.Place::messages).orElse(null);
        if (countryMessages != null) {
            messageFile = JsonMerge.overlay(messageFile, countryMessages);
        }
        JsonNode nightFile = night ? files.read(locale, NIGHT_FILE) : null;
        if (night) {
            // Only the file's "messages" are read from the merged tree; its "routines" are used below.
            messageFile = JsonMerge.overlay(messageFile, nightFile);
        }
        // The safety gate's own lines live in their own file, beside the red-flag lexicon they belong to.
        Messages messages = messages(locale, settings, messageFile, files.read(locale, "safety.json"),
                files.read(locale, "diary.json"), files.read(locale, "reminders.json"));
        RoutineCatalog routines = guidance.routines(files.read(locale, "routines.json"));
        if (night) {
            routines = guidance.inBed(routines, nightFile.path("routines"));
        }
        if (plain != null) {
            return new LocaleContent(settings, messages, routines,
                    guidance.topics(files.read(locale, "topics.json")), plain.redFlags(), plain.redFlagReasons());
        }
        RedFlagReader.Result redFlags = new RedFlagReader().read(
                files.open(ContentFiles.BASE_LOCALE, "red-flags.json")
                        .orElseThrow(() -> new IllegalStateException("missing content/en/red-flags.json")),
                locale.equals(ContentFiles.BASE_LOCALE) ? Optional.empty() : files.open(locale, "red-flags.json"),
                secondOpinion);
        return new LocaleContent(settings, messages, routines,
                guidance.topics(files.read(locale, "topics.json")),
                redFlags.detector(), redFlags.reasons());
    }

    static Map<String, String> textFields(JsonNode file) {
        Map<String, String> fields = new LinkedHashMap<>();
        file.properties().forEach(field -> {
            if (field.getValue().isTextual()) {
                fields.put(field.getKey(), field.getValue().asText());
            }
        });
        return fields;
    }

    /**
     * Reads locale.json. A value {@code K} that holds digits has a spoken twin {@code KSpoken}: content
     * that says {@code {K}} is spoken with the twin and written (on cards) with the digits.
     */
    private static LocaleSettings settings(String locale, Map<String, String> values) {
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

    /** The messages of every file given (messages.json, safety.json, diary.json, reminders.json), each id in one file only. */
    private static Messages messages(String locale, LocaleSettings settings, JsonNode... files) {
        Map<String, String> spoken = new LinkedHashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        for (JsonNode file : files) {
            file.path("messages").properties().forEach(field -> {
                if (spoken.put(field.getKey(), Wording.fill(field.getValue().asText(), settings.placeholders())) != null) {
                    throw new IllegalStateException(locale + ": message " + field.getKey() + " is defined twice");
                }
                written.put(field.getKey(), Wording.fill(field.getValue().asText(), settings.written()));
            });
        }
        if (spoken.isEmpty()) {
            throw new IllegalStateException(locale + ": messages.json has no messages");
        }
        return Messages.of(spoken, written);
    }
}
