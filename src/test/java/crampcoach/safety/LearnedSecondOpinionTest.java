package crampcoach.safety;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LearnedSecondOpinionTest {

    private static final LearnedSecondOpinion SHIPPED = LearnedSecondOpinion.load();
    private static final TextNormaliser NORMALISER = TrainSecondOpinion.normaliser();

    /** What the gate hands the second opinion: the heard words as the detector normalises them. */
    private static boolean suspects(String heard) {
        return SHIPPED.suspectsRedFlag(String.join(" ", NORMALISER.words(heard)));
    }

    @Nested
    class The_shipped_model {

        @Test
        void fits_the_one_megabyte_budget() throws IOException {
            try (InputStream in = LearnedSecondOpinion.class.getResourceAsStream(LearnedSecondOpinion.RESOURCE)) {
                assertTrue(in.readAllBytes().length <= 1 << 20);
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"my calf is cramping", "charley horse in my foot", "what foods help with cramps",
            "is magnesium good for leg cramps", "my hamstring cramped at the gym"})
        void lets_plain_cramp_talk_through(String heard) {
            assertFalse(suspects(heard), heard);
        }

        @ParameterizedTest
        @ValueSource(strings = {"chess pains since the cramp", "i think i past out for a bit", "my wee looks like coca cola",
            "i've got a fiver and the shivers", "my face is drooping on one side", "i can't feel my foot at all"})
        void suspects_sound_alikes_descriptions_and_negative_symptoms(String heard) {
            assertTrue(suspects(heard), heard);
        }

        @Test
        void suspects_nothing_in_silence() {
            assertFalse(SHIPPED.suspectsRedFlag(""));
            assertFalse(SHIPPED.suspectsRedFlag(" "));
        }
    }

    @Nested
    class The_model_file {

        @Test
        void round_trips_exactly() {
            byte[] bytes = SHIPPED.toBytes();
            LearnedSecondOpinion again = LearnedSecondOpinion.fromBytes(bytes);
            assertArrayEquals(bytes, again.toBytes());
            assertEquals(SHIPPED.score("chest pain"), again.score("chest pain"));
        }

        @Test
        void is_refused_when_damaged() {
            byte[] bytes = SHIPPED.toBytes();
            byte[] wrongMagic = bytes.clone();
            wrongMagic[0] = 'X';
            assertThrows(IllegalArgumentException.class, () -> LearnedSecondOpinion.fromBytes(wrongMagic));
            assertThrows(IllegalArgumentException.class, () -> LearnedSecondOpinion.fromBytes(Arrays.copyOf(bytes, bytes.length - 1)));
            assertThrows(IllegalArgumentException.class, () -> LearnedSecondOpinion.fromBytes(new byte[3]));
        }

        @Test
        void needs_one_weight_per_bucket_and_finite_numbers() {
            assertThrows(IllegalArgumentException.class, () -> new LearnedSecondOpinion(8, new float[255], 0, 0));
            assertThrows(IllegalArgumentException.class, () -> new LearnedSecondOpinion(8, new float[256], Float.NaN, 0));
        }
    }

    @Nested
    class Scoring {

        @Test
        void adds_the_weights_of_the_features_scaled_by_their_count() {
            float[] weights = new float[256];
            Arrays.fill(weights, 1);
            LearnedSecondOpinion allOnes = new LearnedSecondOpinion(8, weights, 0.5f, 0);
            int[] codes = new int[HashedFeatures.capacity("chest pain")];
            int count = new HashedFeatures(8).extract("chest pain", codes);
            int sum = 0;
            for (int i = 0; i < count; i++) {
                sum += codes[i] >= 0 ? 1 : -1;
            }
            assertEquals(sum / Math.sqrt(count) + 0.5, allOnes.score("chest pain"), 1e-6);
        }

        @Test
        void suspects_at_the_threshold_and_above() {
            LearnedSecondOpinion biasOnly = new LearnedSecondOpinion(8, new float[256], 1, 1);
            assertTrue(biasOnly.suspectsRedFlag("anything"));
            assertFalse(new LearnedSecondOpinion(8, new float[256], 1, 1.01f).suspectsRedFlag("anything"));
        }
    }
}
