package crampcoach.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crampcoach.content.RedFlagReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped red-flags.json, read the way ContentLibrary reads it. */
class RedFlagReaderTest {

    private static final List<String> CONTRACT_CATEGORIES = List.of("CHEST_PAIN", "BREATHING", "STROKE_SIGNS",
            "HEAD_NECK_INJURY", "COLLAPSE_CONFUSION", "SPREADING_SPASMS", "JAW_STIFFNESS", "BLADDER_BOWEL", "NUMBNESS",
            "WEAKNESS", "FEVER", "RED_SWOLLEN_SKIN", "POSSIBLE_CLOT", "DARK_URINE", "WONT_STOP", "HEAT_ILLNESS",
            "FLUID_LOSS", "STATIN_MUSCLE_PAIN", "FREQUENT_CRAMPS", "SEVERE_CRAMPS", "NEW_MEDICINE", "MS_CHANGE");

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void every_category_of_the_contract_is_in_the_lexicon() {
        Set<String> ids = ids(SafetyFixtures.english().lexicon());
        assertTrue(ids.containsAll(CONTRACT_CATEGORIES), () -> "missing: " + CONTRACT_CATEGORIES.stream()
                .filter(id -> !ids.contains(id)).toList());
    }

    @Test
    void every_category_notes_its_public_health_source() throws IOException {
        JsonNode categories = rawBase().get("categories");
        categories.properties().forEach(category -> assertTrue(
                category.getValue().path("_source").asText("").contains("http"),
                category.getKey() + " needs a _source with a link"));
    }

    @Test
    void every_reason_is_one_or_two_plain_spoken_sentences() {
        SafetyFixtures.english().reasons().forEach((id, reason) -> {
            assertTrue(reason.matches("[A-Z][A-Za-z ,'.]+\\."), id + ": plain sentence ending in a full stop: " + reason);
            assertTrue(reason.length() <= 160, id + ": keep the reason short for speech");
            assertFalse(reason.contains("&") || reason.contains("<"), id + ": no markup");
        });
    }

    @Test
    void the_emergency_categories_of_the_contract_reach_emergency() {
        RedFlagLexicon lexicon = SafetyFixtures.english().lexicon();
        for (String id : List.of("CHEST_PAIN", "BREATHING", "STROKE_SIGNS", "COLLAPSE_CONFUSION", "HEAD_NECK_INJURY",
                "JAW_STIFFNESS", "BLADDER_BOWEL")) {
            assertTrue(lexicon.category(id).orElseThrow().rules().stream().anyMatch(rule -> rule.level() == Urgency.EMERGENCY), id);
        }
    }

    @Test
    void no_symptom_phrase_is_only_a_denial_word() {
        RedFlagLexicon lexicon = SafetyFixtures.english().lexicon();
        Set<String> cues = Set.copyOf(lexicon.language().negation().before());
        lexicon.categories().forEach(category -> category.rules().forEach(rule -> rule.allOf().forEach(group ->
                group.forEach(phrase -> assertFalse(cues.contains(phrase),
                        category.id() + ": '" + phrase + "' would make every denial part of a symptom")))));
    }

    @Test
    void a_locale_file_is_laid_over_the_base_key_by_key() {
        String overlay = """
                {"categories": {"FEVER": {"reason": "A high temperature with cramps needs a doctor's attention."}},
                 "language": {"neutralPhrases": ["hot water bottle", "hot toddy"]}}""";
        RedFlagReader.Result result = new RedFlagReader().read(base(), Optional.of(stream(overlay)), SafetyFixtures.RULES_ONLY);
        assertEquals("A high temperature with cramps needs a doctor's attention.", result.reasons().get("FEVER"));
        assertEquals(SafetyFixtures.english().reasons().get("CHEST_PAIN"), result.reasons().get("CHEST_PAIN"));
        assertEquals(Urgency.URGENT, result.detector().assess(List.of("i've got a fever")).urgency(), "rules kept");
        assertEquals(Verdict.none(), result.detector().assess(List.of("i had a hot toddy")));
    }

    @Test
    void a_malformed_rule_fails_loudly_and_says_where() {
        String overlay = """
                {"categories": {"FEVER": {"rules": [{"level": "SOON", "any": ["fever"]}]}}}""";
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new RedFlagReader().read(base(), Optional.of(stream(overlay)), SafetyFixtures.RULES_ONLY));
        assertTrue(error.getMessage().contains("categories.FEVER.rules[0].level"), error.getMessage());
    }

    @Test
    void a_phrase_naming_an_unknown_word_set_fails_at_start_up() {
        String overlay = """
                {"categories": {"FEVER": {"rules": [{"level": "URGENT", "any": ["@NOSUCHSET"]}]}}}""";
        assertThrows(IllegalArgumentException.class, () -> new RedFlagReader().read(base(), Optional.of(stream(overlay)), SafetyFixtures.RULES_ONLY));
    }

    @Test
    void reasons_come_in_priority_order_with_every_category() {
        Map<String, String> reasons = SafetyFixtures.english().reasons();
        assertEquals(List.copyOf(ids(SafetyFixtures.english().lexicon())), List.copyOf(reasons.keySet()));
        assertEquals("CHEST_PAIN", reasons.keySet().iterator().next());
    }

    private static Set<String> ids(RedFlagLexicon lexicon) {
        return lexicon.categories().stream().map(RedFlagCategory::id)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private JsonNode rawBase() throws IOException {
        try (InputStream in = base()) {
            return mapper.readTree(in);
        }
    }

    private static InputStream base() {
        return RedFlagReaderTest.class.getResourceAsStream("/content/en/red-flags.json");
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
