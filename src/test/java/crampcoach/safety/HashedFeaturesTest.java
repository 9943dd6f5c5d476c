package crampcoach.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashedFeaturesTest {

    private final HashedFeatures features = new HashedFeatures(17);

    private int[] extract(String text) {
        int[] codes = new int[HashedFeatures.capacity(text)];
        return Arrays.copyOf(codes, features.extract(text, codes));
    }

    @Test
    void counts_character_grams_of_each_padded_word_then_words_and_pairs() {
        // " chest ": 6 + 5 + 4 + 3 grams of 2 to 5; " pain ": 5 + 4 + 3 + 2; two words; one pair.
        assertEquals(18 + 14 + 2 + 1, extract("chest pain").length);
        assertEquals(0, extract("").length);
        // " a ": two bigrams and one trigram, and the word itself.
        assertEquals(4, extract("a").length);
    }

    @Test
    void sound_alikes_share_their_beginnings() {
        Set<Integer> chest = new HashSet<>();
        for (int code : extract("chest")) {
            chest.add(code);
        }
        long shared = Arrays.stream(extract("chess")).filter(chest::contains).count();
        assertTrue(shared >= 7, "\" c\", \"ch\", \"he\", \"es\", \" ch\", \"che\", \"hes\", ... shared: " + shared);
    }

    @Test
    void is_the_same_on_every_call_and_every_bucket_is_in_range() {
        int[] once = extract("my calf is cramping and my chest is tight");
        assertEquals(Arrays.toString(once), Arrays.toString(extract("my calf is cramping and my chest is tight")));
        for (int code : once) {
            int bucket = code >= 0 ? code : ~code;
            assertTrue(bucket >= 0 && bucket < 1 << 17);
        }
    }

    @Test
    void stays_within_its_capacity_for_one_letter_words() {
        String text = "a b c d e f g h i j k l m n o p";
        assertTrue(extract(text).length <= HashedFeatures.capacity(text));
    }

    @Test
    void takes_a_sensible_number_of_bits() {
        assertThrows(IllegalArgumentException.class, () -> new HashedFeatures(4));
        assertThrows(IllegalArgumentException.class, () -> new HashedFeatures(30));
    }
}
