package crampcoach.safety;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The learned ranking of which signs a person most likely has")
class LikelySignsTest {

    private static final LikelySigns SHIPPED = LikelySigns.load();

    @ParameterizedTest(name = "\"{0}\" ranks {1} in the top three")
    @CsvSource({
        "a scorpion bit me in the field and my muscles are pulling, TOXIN_EXPOSURE",
        "my wife has multiple sclerosis and her spasms have gone crazy since yesterday, MS_CHANGE",
        "got a cork in the footy and it's cramping like mad, MUSCLE_INJURY",
        "my hands are locking up and my mouth is tingling, LOW_CALCIUM",
        "chess pain, CHEST_PAIN"})
    void the_sign_a_person_has_is_among_the_first_three(String heard, String category) {
        List<String> ranked = SHIPPED.ranked(heard);
        assertTrue(ranked.indexOf(category) < 3, heard + " -> " + ranked.subList(0, 5));
        assertEquals(SHIPPED.categories().size(), ranked.size());
    }

    @Test
    void the_file_round_trips_exactly() {
        byte[] bytes = SHIPPED.toBytes();
        assertArrayEquals(bytes, LikelySigns.fromBytes(bytes).toBytes());
    }

    @Test
    void a_damaged_file_is_refused() {
        byte[] bytes = SHIPPED.toBytes();
        assertThrows(IllegalArgumentException.class, () -> LikelySigns.fromBytes(Arrays.copyOf(bytes, bytes.length - 1)));
        byte[] extra = Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(IllegalArgumentException.class, () -> LikelySigns.fromBytes(extra));
        bytes[0] = 0;
        assertThrows(IllegalArgumentException.class, () -> LikelySigns.fromBytes(bytes));
    }

    @Test
    void nothing_said_still_ranks_every_category() {
        assertEquals(SHIPPED.categories().size(), SHIPPED.ranked("").size());
    }
}
