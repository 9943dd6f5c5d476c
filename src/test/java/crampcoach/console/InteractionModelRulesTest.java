package crampcoach.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules Alexa's model build and certification apply, checked before a deployment would find them:
 * every interactionModel/*.json file, and the five English locales against each other.
 */
class InteractionModelRulesTest {

    private static final Path MODELS = Path.of("interactionModel");
    private static final List<String> LOCALES = List.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN");
    private static final Pattern SLOT_REFERENCE = Pattern.compile("\\{(\\w+)\\}");
    /**
     * Spoken form only: lower-case words with apostrophes, and initialisms in capitals ("MS", "M. S."),
     * which Alexa's docs ask for so that the letters are recognised as letters.
     */
    private static final Pattern SPOKEN = Pattern.compile("(?:[a-z][a-z']*|[A-Z]{2,}|(?:[A-Z]\\. )*[A-Z]\\.)"
            + "(?: (?:[a-z][a-z']*|[A-Z]{2,}|(?:[A-Z]\\. )*[A-Z]\\.))*");

    static Stream<Path> modelFiles() throws IOException {
        try (Stream<Path> files = Files.list(MODELS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    private static JsonNode languageModel(Path file) throws IOException {
        return Fixtures.MAPPER.readTree(file.toFile()).path("interactionModel").path("languageModel");
    }

    @Test
    void all_five_english_locales_have_a_model() {
        for (String locale : LOCALES) {
            assertTrue(Files.isRegularFile(MODELS.resolve(locale + ".json")), locale + " model missing");
        }
    }

    @ParameterizedTest
    @MethodSource("modelFiles")
    void the_invocation_name_is_cramp_coach(Path file) throws IOException {
        assertEquals("cramp coach", languageModel(file).path("invocationName").asText(), file.toString());
    }

    @ParameterizedTest
    @MethodSource("modelFiles")
    void no_sample_appears_twice_in_a_model(Path file) throws IOException {
        Map<String, String> firstIntent = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (JsonNode intent : languageModel(file).path("intents")) {
            for (JsonNode sample : intent.path("samples")) {
                String previous = firstIntent.putIfAbsent(sample.asText(), intent.path("name").asText());
                if (previous != null) {
                    duplicates.add("\"" + sample.asText() + "\" in " + previous + " and "
                            + intent.path("name").asText());
                }
            }
        }
        assertEquals(List.of(), duplicates, file.toString());
    }

    @ParameterizedTest
    @MethodSource("modelFiles")
    void every_slot_in_a_sample_exists_on_its_intent_and_appears_once(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        for (JsonNode intent : languageModel(file).path("intents")) {
            Set<String> declared = new HashSet<>();
            intent.path("slots").forEach(slot -> declared.add(slot.path("name").asText()));
            for (JsonNode sample : intent.path("samples")) {
                Set<String> seen = new HashSet<>();
                Matcher reference = SLOT_REFERENCE.matcher(sample.asText());
                while (reference.find()) {
                    if (!declared.contains(reference.group(1)) || !seen.add(reference.group(1))) {
                        problems.add(intent.path("name").asText() + ": \"" + sample.asText() + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), problems, file.toString());
    }

    @ParameterizedTest
    @MethodSource("modelFiles")
    void samples_values_and_synonyms_are_spoken_lower_case_text(Path file) throws IOException {
        JsonNode model = languageModel(file);
        List<String> bad = new ArrayList<>();
        for (JsonNode intent : model.path("intents")) {
            for (JsonNode sample : intent.path("samples")) {
                String withoutSlots = SLOT_REFERENCE.matcher(sample.asText()).replaceAll("x");
                if (!isSpoken(withoutSlots)) {
                    bad.add(intent.path("name").asText() + ": \"" + sample.asText() + "\"");
                }
            }
        }
        for (JsonNode type : model.path("types")) {
            for (JsonNode value : type.path("values")) {
                List<JsonNode> words = new ArrayList<>();
                words.add(value.at("/name/value"));
                value.at("/name/synonyms").forEach(words::add);
                words.stream().map(JsonNode::asText).filter(w -> !isSpoken(w))
                        .forEach(w -> bad.add(type.path("name").asText() + ": \"" + w + "\""));
            }
        }
        assertEquals(List.of(), bad, file.toString());
    }

    @ParameterizedTest
    @MethodSource("modelFiles")
    void every_slot_type_used_is_defined_or_built_in(Path file) throws IOException {
        JsonNode model = languageModel(file);
        Set<String> defined = new HashSet<>();
        model.path("types").forEach(type -> defined.add(type.path("name").asText()));
        List<String> missing = new ArrayList<>();
        for (JsonNode intent : model.path("intents")) {
            for (JsonNode slot : intent.path("slots")) {
                String type = slot.path("type").asText();
                if (!type.startsWith("AMAZON.") && !defined.contains(type)) {
                    missing.add(intent.path("name").asText() + "." + slot.path("name").asText() + ": " + type);
                }
            }
        }
        assertEquals(List.of(), missing, file.toString());
    }

    @Test
    void all_five_locales_declare_the_same_intents_and_slots() throws IOException {
        Map<String, List<String>> expected = intentsAndSlots(MODELS.resolve("en-US.json"));
        for (String locale : LOCALES) {
            assertEquals(expected, intentsAndSlots(MODELS.resolve(locale + ".json")), locale);
        }
    }

    @Test
    void all_five_locales_define_the_same_slot_value_ids() throws IOException {
        Map<String, List<String>> expected = valueIds(MODELS.resolve("en-US.json"));
        for (String locale : LOCALES) {
            assertEquals(expected, valueIds(MODELS.resolve(locale + ".json")), locale);
        }
    }

    /** Initialisms people say letter by letter; written in lower case, Alexa may hear them as words. */
    private static final Pattern LOWER_CASE_INITIALISM = Pattern.compile(
            "(?:^|\\s)(?:[a-z]\\.(?:\\s|$)|(?:ms|dvt|gp|otc|nsaid|ors|er|pt|ot|bp)(?:\\s|$))");
    /** A slot value is a name, not a sentence: longer wording belongs in a sample's carrier phrase. */
    private static final int MOST_WORDS_IN_A_SLOT_VALUE = 5;

    @ParameterizedTest
    @MethodSource("modelFiles")
    void initialisms_are_written_in_capitals(Path file) throws IOException {
        List<String> bad = new ArrayList<>();
        JsonNode model = languageModel(file);
        for (JsonNode intent : model.path("intents")) {
            intent.path("samples").forEach(sample -> {
                if (LOWER_CASE_INITIALISM.matcher(sample.asText()).find()) {
                    bad.add(intent.path("name").asText() + ": \"" + sample.asText() + "\"");
                }
            });
        }
        for (String value : slotValues(model)) {
            if (LOWER_CASE_INITIALISM.matcher(value.substring(value.indexOf(' ') + 1)).find()) {
                bad.add(value);
            }
        }
        assertEquals(List.of(), bad, file.toString());
    }

    @ParameterizedTest
    @MethodSource("modelFiles")
    void no_slot_value_is_a_built_in_intents_phrase(Path file) throws IOException {
        BuiltinUtterances builtins = BuiltinUtterances.fromClasspath(Fixtures.MAPPER);
        Set<String> builtinPhrases = new HashSet<>();
        builtins.phrasesByIntent().values().forEach(builtinPhrases::addAll);
        List<String> clashes = slotValues(languageModel(file)).stream()
                .filter(value -> builtinPhrases.contains(value.substring(value.indexOf(' ') + 1)))
                .toList();
        assertEquals(List.of(), clashes, file + ": \"back\" as a muscle would take \"back\" from AMAZON.PreviousIntent");
    }

    @ParameterizedTest
    @MethodSource("modelFiles")
    void slot_values_are_names_not_sentences(Path file) throws IOException {
        List<String> sentences = slotValues(languageModel(file)).stream()
                .filter(value -> value.substring(value.indexOf(' ') + 1).split(" ").length > MOST_WORDS_IN_A_SLOT_VALUE)
                .toList();
        assertEquals(List.of(), sentences, file.toString());
    }

    @ParameterizedTest
    @MethodSource("modelFiles")
    void no_sample_is_another_intents_sample_with_a_slot_filled_in(Path file) throws IOException {
        JsonNode model = languageModel(file);
        Map<String, String> valuePatterns = new HashMap<>();
        for (JsonNode type : model.path("types")) {
            List<String> forms = new ArrayList<>();
            for (JsonNode value : type.path("values")) {
                forms.add(Pattern.quote(value.at("/name/value").asText()));
                value.at("/name/synonyms").forEach(synonym -> forms.add(Pattern.quote(synonym.asText())));
            }
            valuePatterns.put(type.path("name").asText(), "(?:" + String.join("|", forms) + ")");
        }
        List<String> conflicts = new ArrayList<>();
        for (JsonNode slotted : model.path("intents")) {
            Map<String, String> slotTypes = new HashMap<>();
            slotted.path("slots").forEach(slot -> slotTypes.put(slot.path("name").asText(), slot.path("type").asText()));
            for (JsonNode sample : slotted.path("samples")) {
                if (!SLOT_REFERENCE.matcher(sample.asText()).find() || takesAnyWords(sample.asText(), slotTypes)) {
                    continue;
                }
                Pattern filled = Pattern.compile(fill(sample.asText(), slotTypes, valuePatterns));
                for (JsonNode other : model.path("intents")) {
                    if (other.path("name").asText().equals(slotted.path("name").asText())) {
                        continue;
                    }
                    for (JsonNode literal : other.path("samples")) {
                        if (filled.matcher(literal.asText()).matches()) {
                            conflicts.add("\"" + literal.asText() + "\" in " + other.path("name").asText() + " is \""
                                    + sample.asText() + "\" in " + slotted.path("name").asText());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), conflicts, file.toString());
    }

    /**
     * A phrase slot (AMAZON.SearchQuery) takes any words by design: its carrier phrases are a catch-all
     * that Alexa ranks below specific samples, so they are not conflicts.
     */
    private static boolean takesAnyWords(String sample, Map<String, String> slotTypes) {
        Matcher reference = SLOT_REFERENCE.matcher(sample);
        while (reference.find()) {
            if ("AMAZON.SearchQuery".equals(slotTypes.get(reference.group(1)))) {
                return true;
            }
        }
        return false;
    }

    /** "my {muscle} hurts" as a pattern: the slot stands for any value or synonym of its type. */
    private static String fill(String sample, Map<String, String> slotTypes, Map<String, String> valuePatterns) {
        StringBuilder pattern = new StringBuilder();
        Matcher reference = SLOT_REFERENCE.matcher(sample);
        int from = 0;
        while (reference.find()) {
            pattern.append(Pattern.quote(sample.substring(from, reference.start())));
            String type = slotTypes.getOrDefault(reference.group(1), "");
            pattern.append(type.startsWith("AMAZON.") ? ".+" : valuePatterns.getOrDefault(type, "(?!)"));
            from = reference.end();
        }
        return pattern.append(Pattern.quote(sample.substring(from))).toString();
    }

    /** "TYPE value" for every value and synonym of every slot type, SYMPTOM included. */
    private static List<String> slotValues(JsonNode model) {
        List<String> values = new ArrayList<>();
        for (JsonNode type : model.path("types")) {
            String name = type.path("name").asText();
            for (JsonNode value : type.path("values")) {
                values.add(name + " " + value.at("/name/value").asText());
                value.at("/name/synonyms").forEach(synonym -> values.add(name + " " + synonym.asText()));
            }
        }
        return values;
    }

    private static boolean isSpoken(String text) {
        return SPOKEN.matcher(text).matches() && !text.contains("  ") && text.equals(text.strip());
    }

    /** Intent name to "slot:TYPE" list, in declaration order. */
    private static Map<String, List<String>> intentsAndSlots(Path file) throws IOException {
        Map<String, List<String>> intents = new TreeMap<>();
        for (JsonNode intent : languageModel(file).path("intents")) {
            List<String> slots = new ArrayList<>();
            intent.path("slots").forEach(s -> slots.add(s.path("name").asText() + ":" + s.path("type").asText()));
            intents.put(intent.path("name").asText(), slots);
        }
        return intents;
    }

    private static Map<String, List<String>> valueIds(Path file) throws IOException {
        Map<String, List<String>> ids = new TreeMap<>();
        for (JsonNode type : languageModel(file).path("types")) {
            List<String> typeIds = new ArrayList<>();
            type.path("values").forEach(v -> typeIds.add(v.path("id").asText()));
            ids.put(type.path("name").asText(), typeIds.stream().sorted().toList());
        }
        return ids;
    }
}
