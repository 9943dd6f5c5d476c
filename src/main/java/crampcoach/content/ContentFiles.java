package crampcoach.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crampcoach.json.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Finds a content file on the classpath and merges the locale's version over the English base. */
final class ContentFiles {

    static final String BASE_LOCALE = "en";

    /** Whether a locale has a folder of its own; only well-formed tags are looked up at all. */
    boolean hasLocale(String locale) {
        return locale.matches("[a-z]{2}-[A-Z]{2}") && resource(locale, "locale.json").isPresent();
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
        return Optional.ofNullable(ContentFiles.class.getResourceAsStream("/content/" + locale + "/" + fileName));
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
