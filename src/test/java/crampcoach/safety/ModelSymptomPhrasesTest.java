package crampcoach.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SYMPTOM slot type is how Alexa hands the safety gate what the person said, both as the words
 * heard and as the resolved value. Every value and synonym in every locale's model must therefore be
 * classified as its id says: a red-flag id at least at its category's lowest level, and
 * NOT_A_RED_FLAG (the negated phrasings, there so ASR captures them whole) as nothing at all.
 */
class ModelSymptomPhrasesTest {

    private static final String NOT_A_RED_FLAG = "NOT_A_RED_FLAG";
    private static final int MAX_SYNONYMS = 100;

    static Stream<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("interactionModel"))) {
            List<Path> models = files.filter(path -> path.toString().endsWith(".json")).sorted().toList();
            assertFalse(models.isEmpty(), "no interactionModel/*.json found");
            return models.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void every_symptom_value_and_synonym_is_classified_as_its_id_says(Path model) throws IOException {
        RedFlagLexicon lexicon = SafetyFixtures.english().lexicon();
        List<String> wrong = new ArrayList<>();
        for (JsonNode value : symptomValues(model)) {
            String id = value.path("id").asText();
            for (String phrase : phrases(value)) {
                Verdict verdict = SafetyFixtures.assess(phrase);
                if (id.equals(NOT_A_RED_FLAG)) {
                    if (verdict.urgency() != Urgency.NONE) {
                        wrong.add(id + " \"" + phrase + "\" -> " + verdict);
                    }
                } else {
                    Urgency floor = lexicon.category(id)
                            .orElseThrow(() -> new AssertionError(model + ": SYMPTOM id " + id + " is not a red-flag category"))
                            .lowestLevel();
                    if (!SafetyFixtures.caught(verdict, id, floor)) {
                        wrong.add(id + " \"" + phrase + "\" -> " + verdict + ", expected " + floor + " or higher");
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> model + ":\n" + String.join("\n", wrong));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void every_red_flag_category_has_a_symptom_value_and_phrases_follow_the_model_rules(Path model) throws IOException {
        Set<String> ids = new HashSet<>();
        Set<String> phrases = new HashSet<>();
        for (JsonNode value : symptomValues(model)) {
            ids.add(value.path("id").asText());
            assertTrue(value.path("name").path("synonyms").size() <= MAX_SYNONYMS, value.path("id") + ": too many synonyms");
            for (String phrase : phrases(value)) {
                assertTrue(phrase.matches("[a-z' .]+"), model + ": \"" + phrase + "\" must be lower case letters, spaces, apostrophes, periods");
                assertTrue(phrases.add(phrase), model + ": \"" + phrase + "\" appears twice in SYMPTOM");
            }
        }
        SafetyFixtures.english().lexicon().categories()
                .forEach(category -> assertTrue(ids.contains(category.id()), model + ": no SYMPTOM value for " + category.id()));
        assertTrue(ids.contains(NOT_A_RED_FLAG), model + ": no " + NOT_A_RED_FLAG + " value");
        assertEquals(SafetyFixtures.english().lexicon().categories().size() + 1, ids.size(), model + ": unexpected SYMPTOM ids " + ids);
    }

    private static List<JsonNode> symptomValues(Path model) throws IOException {
        JsonNode types = new ObjectMapper().readTree(model.toFile()).path("interactionModel").path("languageModel").path("types");
        for (JsonNode type : types) {
            if (type.path("name").asText().equals("SYMPTOM")) {
                List<JsonNode> values = new ArrayList<>();
                type.path("values").forEach(values::add);
                return values;
            }
        }
        throw new AssertionError(model + " has no SYMPTOM slot type");
    }

    private static List<String> phrases(JsonNode value) {
        List<String> phrases = new ArrayList<>();
        phrases.add(value.path("name").path("value").asText());
        value.path("name").path("synonyms").forEach(synonym -> phrases.add(synonym.asText()));
        return phrases;
    }
}
