package crampcoach.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crampcoach.json.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds a content file on the classpath and merges the locale's version over the English base. */
final class ContentFiles {

    static final String BASE_LOCALE = "en";

    /**
     * Every locale Alexa sends a custom skill
     * (https://developer.amazon.com/en-US/docs/alexa/custom-skills/develop-skills-in-multiple-languages.html).
     * The request's locale is only looked up in the set found among these at load, so a tampered value
     * never reaches the classpath and no request pays for a lookup.
     */
    private static final List<String> ALEXA_LOCALES = List.of(
            "ar-SA", "de-DE", "en-AU", "en-CA", "en-GB", "en-IN", "en-US", "es-ES", "es-MX", "es-US",
            "fr-CA", "fr-FR", "hi-IN", "it-IT", "ja-JP", "nl-NL", "pt-BR");

    private final Set<String> locales;

    ContentFiles() {
        Set<String> found = new HashSet<>();
        for (String locale : ALEXA_LOCALES) {
            // getResource only finds the entry; no stream is opened.
            if (ContentFiles.class.getResource(path(locale, "locale.json")) != null) {
                found.add(locale);
            }
        }
        this.locales = Set.copyOf(found);
    }

    /** Whether a locale has a folder of its own, as found when the content was first opened. */
    boolean hasLocale(String locale) {
        return locales.contains(locale);
    }

    /** The base file with the locale's file, if any, laid over it; comment keys removed. */
    JsonNode read(String locale, String fileName) {
        JsonNode base = parse(BASE_LOCALE, fileName)
                .orElseThrow(() -> new IllegalStateException("missing content/" + BASE_LOCALE + "/" + fileName));
        JsonNode merged = locale.equals(BASE_LOCALE)
                ? base
                : parse(locale, fileName).map(overlay -> JsonMerge.overlay(base, overlay)).orElse(base);
        return withoutComments(merged);
    }

    /** The raw stream of a file, for readers that merge on their own. */
    Optional<InputStream> open(String locale, String fileName) {
        return resource(locale, fileName);
    }

    private Optional<JsonNode> parse(String locale, String fileName) {
        return resource(locale, fileName).map(stream -> {
            try (InputStream in = stream) {
                return JsonTrees.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("content/" + locale + "/" + fileName + " is not valid JSON", e);
            }
        });
    }

    private static Optional<InputStream> resource(String locale, String fileName) {
        return Optional.ofNullable(ContentFiles.class.getResourceAsStream(path(locale, fileName)));
    }

    private static String path(String locale, String fileName) {
        return "/content/" + locale + "/" + fileName;
    }

    /** Keys starting with an underscore carry sources and notes for people, not for the skill. */
    private static JsonNode withoutComments(JsonNode node) {
        if (node.isObject()) {
            ObjectNode clean = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(field -> {
                if (!field.getKey().startsWith("_")) {
                    clean.set(field.getKey(), withoutComments(field.getValue()));
                }
            });
            return clean;
        }
        if (node.isArray()) {
            ArrayNode clean = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> clean.add(withoutComments(element)));
            return clean;
        }
        return node;
    }
}
