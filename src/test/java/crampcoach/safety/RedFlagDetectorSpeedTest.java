package crampcoach.safety;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The check runs on every request and the detector is built on a Lambda cold start, so both must be
 * cheap. The bounds are loose enough for a slow CI machine and still catch a regex-per-phrase design.
 */
class RedFlagDetectorSpeedTest {

    private static final List<String> TYPICAL = List.of(
            "my calf is cramping and it's really tight", "no numbness but it's a bit swollen", "calf",
            "i can't breathe", "what if my leg goes numb", "the cramp is easing now thank you");

    @Test
    void a_warm_check_of_a_typical_utterance_takes_well_under_a_tenth_of_a_millisecond() {
        RedFlagDetector detector = SafetyFixtures.detector();
        for (int i = 0; i < 20_000; i++) {
            detector.assess(List.of(TYPICAL.get(i % TYPICAL.size())));
        }
        int runs = 60_000;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            detector.assess(List.of(TYPICAL.get(i % TYPICAL.size())));
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / runs;
        assertTrue(micros < 50, "one check took " + micros + " microseconds on average");
    }

    @Test
    void building_the_detector_is_cheap_enough_for_a_cold_start() {
        RedFlagLexicon lexicon = SafetyFixtures.english().lexicon();
        new RedFlagDetector(lexicon);
        long start = System.nanoTime();
        new RedFlagDetector(lexicon);
        double millis = (System.nanoTime() - start) / 1_000_000.0;
        assertTrue(millis < 100, "building took " + millis + " ms");
    }
}
