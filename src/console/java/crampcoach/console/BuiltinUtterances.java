package crampcoach.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everyday phrases for Alexa's built-in intents. A model lists built-ins with no samples because Alexa
 * already knows the phrases; the console has to be told them.
 */
record BuiltinUtterances(Map<String, List<String>> phrasesByIntent) {

    static final String RESOURCE = "/console/builtin-utterances.json";

    BuiltinUtterances {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        phrasesByIntent.forEach((intent, phrases) -> copy.put(intent, List.copyOf(phrases)));
        phrasesByIntent = Map.copyOf(copy);
    }

    List<String> phrases(String intentName) {
        return phrasesByIntent.getOrDefault(intentName, List.of());
    }

    static BuiltinUtterances fromClasspath(ObjectMapper mapper) {
        try (InputStream in = BuiltinUtterances.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            JsonNode root = mapper.readTree(in);
            Map<String, List<String>> phrases = new LinkedHashMap<>();
            root.properties().forEach(entry -> {
                if (!entry.getKey().startsWith("_")) { // "_note" and "_source" are comments
                    List<String> list = new ArrayList<>();
                    entry.getValue().forEach(phrase -> list.add(phrase.asText()));
                    phrases.put(entry.getKey(), list);
                }
            });
            return new BuiltinUtterances(phrases);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
