package crampcoach.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lexicon's phrase syntax, on its own words. */
class PhraseSyntaxTest {

    private static final Map<String, List<String>> SETS = Map.of("LIMB", List.of("calf", "foot", "toe*"));

    private static List<Span> find(String phrase, String... words) {
        Utterance utterance = new Utterance(List.of(words));
        return new PhraseIndex(List.of(phrase), SETS).findAll(utterance);
    }

    @Test
    void groups_in_brackets_spell_out_every_alternative() {
        assertEquals(List.of("can not breathe", "unable to breathe"), Phrase.expand("(can not|unable to) breathe"));
        assertEquals(4, Phrase.expand("(a|b) x (c|d)").size());
    }

    @Test
    void a_bar_lists_one_word_alternatives_and_a_star_matches_by_prefix() {
        assertEquals(1, find("calf|calves swell*", "my", "calves", "swelling").size());
        assertEquals(0, find("calf|calves swell*", "my", "calves", "are", "swelling").size());
    }

    @Test
    void a_word_set_stands_for_its_words() {
        assertEquals(1, find("cold @LIMB", "cold", "toes").size());
    }

    @Test
    void a_gap_allows_up_to_two_words_but_never_crosses_a_breaker() {
        assertEquals(1, find("down .. arm", "down", "my", "left", "arm").size());
        assertEquals(0, find("down .. arm", "down", "my", "poor", "left", "arm").size());
        Utterance utterance = new Utterance(List.of("down", "but", "arm"));
        utterance.markBreaker(new Span(0, 1, 2));
        assertEquals(0, new PhraseIndex(List.of("down .. arm"), SETS).findAll(utterance).size());
    }

    @Test
    void a_neutral_word_cannot_be_part_of_a_symptom() {
        Utterance utterance = new Utterance(List.of("hot", "water", "bottle"));
        utterance.mask(new Span(0, 0, 3));
        assertEquals(0, new PhraseIndex(List.of("hot"), SETS).findAll(utterance).size());
    }

    @Test
    void unsafe_or_malformed_phrases_are_refused() {
        Map<String, WordMatcher> matchers = new HashMap<>();
        assertThrows(IllegalArgumentException.class, () -> Phrase.parse("go*", SETS, matchers));
        assertThrows(IllegalArgumentException.class, () -> Phrase.parse(".. arm", SETS, matchers));
        assertThrows(IllegalArgumentException.class, () -> Phrase.parse("@NOPE", SETS, matchers));
        assertThrows(IllegalArgumentException.class, () -> Phrase.expand("(can not breathe"));
        // regex habits: "(me )?" would leave the word "?in", which could never match
        assertThrows(IllegalArgumentException.class, () -> Phrase.expand("shot (me )?in the calf").forEach(
                expanded -> Phrase.parse(expanded, SETS, matchers)));
        assertThrows(IllegalArgumentException.class, () -> Phrase.parse("calf|leg?", SETS, matchers));
    }
}
