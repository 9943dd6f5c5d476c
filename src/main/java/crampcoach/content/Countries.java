package crampcoach.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which country a device's time zone puts it in, as far as emergency numbers go, read from
 * {@code content/en/countries.json}. A UK household whose Echo speaks English (US) must hear 999,
 * not 911: the locale says how to speak, the time zone says where the person is.
 */
final class Countries {

    static final String FILE = "countries.json";

    private final ContentFiles files;
    /** Time zone id to country code. */
    private final Map<String, String> countryOfZone = new HashMap<>();
    /** Country code to the locale.json values that country overrides, read from its own market's folder. */
    private final Map<String, Map<String, String>> settingsOfCountry = new HashMap<>();
    /** Country code to the messages worded for its numbers, from its market's messages.json, if it names one. */
    private final Map<String, JsonNode> messagesOfCountry = new HashMap<>();
    private final Map<String, String> unknownCountry;

    Countries(ContentFiles files) {
        this.files = files;
        JsonNode file = files.read(ContentFiles.BASE_LOCALE, FILE);
        file.path("countries").properties().forEach(entry -> {
            String code = entry.getKey();
            JsonNode country = entry.getValue();
            country.path("zones").forEach(zone -> {
                String previous = countryOfZone.put(zone.asText(), code);
                if (previous != null) {
                    throw new IllegalStateException(FILE + ": " + zone.asText() + " is in " + previous + " and " + code);
                }
            });
            settingsOfCountry.put(code, settings(code, country));
            String wording = country.path("messagesFrom").asText("");
            if (!wording.isEmpty()) {
                if (!files.hasLocale(wording)) {
                    throw new IllegalStateException(FILE + ": " + code + " takes messages from no content folder, was '"
                            + wording + "'");
                }
                messagesOfCountry.put(code, files.read(wording, "messages.json"));
            }
        });
        unknownCountry = ContentLibrary.textFields(file.path("unknownCountry"));
        if (!unknownCountry.containsKey("emergencyNumberSpoken")) {
            throw new IllegalStateException(FILE + ": unknownCountry.emergencyNumberSpoken is missing");
        }
    }

    /** Where a time zone puts a device: a known country, or somewhere the skill has no numbers for. */
    Place place(String timeZone) {
        String code = countryOfZone.get(timeZone);
        return code == null ? new Place("?", unknownCountry, true, Optional.empty())
                : new Place(code, settingsOfCountry.get(code), false, Optional.ofNullable(messagesOfCountry.get(code)));
    }

    private Map<String, String> settings(String code, JsonNode country) {
        String market = country.path("settingsFrom").asText("");
        if (!files.hasLocale(market)) {
            throw new IllegalStateException(FILE + ": " + code + " names no content folder, was '" + market + "'");
        }
        Map<String, String> settings = new LinkedHashMap<>(ContentLibrary.textFields(files.read(market, "locale.json")));
        Map<String, String> own = ContentLibrary.textFields(country);
        own.remove("settingsFrom");
        own.remove("messagesFrom");
        settings.putAll(own);
        return Map.copyOf(settings);
    }

    /**
     * A device's country for content: {@code key} names the variant, {@code values} replace the
     * locale's own {@code locale.json} values.
     *
     * @param unknown  whether the zone matched no country, so the values are templates over the locale's
     * @param messages a messages file laid over the locale's: sentences worded for a country with more
     *                 than one number, which a single spoken value cannot say naturally
     */
    record Place(String key, Map<String, String> values, boolean unknown, Optional<JsonNode> messages) {

        Place {
            Objects.requireNonNull(key, "key");
            values = Map.copyOf(values);
            Objects.requireNonNull(messages, "messages");
        }

        /** Lays this place's values over a locale's raw {@code locale.json} values. */
        void applyTo(Map<String, String> raw) {
            if (!unknown) {
                raw.putAll(values);
                // A value the country sets with no spoken twin of its own must not keep the locale's twin.
                values.keySet().forEach(name -> {
                    if (!name.endsWith("Spoken") && !values.containsKey(name + "Spoken")) {
                        raw.remove(name + "Spoken");
                    }
                });
                return;
            }
            // Somewhere unknown: keep the locale's number but never let it stand alone. A locale
            // with no number of its own already says "your local emergency number".
            if (!raw.getOrDefault("emergencyNumber", "").isBlank()) {
                // Each template fills in the locale's value of the same name: digits for cards, words to speak.
                Map<String, String> filled = new LinkedHashMap<>();
                values.forEach((name, template) -> filled.put(name,
                        Wording.fill(template, Map.of("emergencyNumber", raw.getOrDefault(name, "")))));
                raw.putAll(filled);
            }
        }
    }
}
