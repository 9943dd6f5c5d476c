package crampcoach.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The check runs on every request and the detector is built on every cold start. How long each takes
 * is the benchmark's to say ({@code src/bench/run-benchmark.sh}, DetectorSpeed, figures in the
 * README); this test keeps only a sanity bound, some hundred times what either takes, so that a slow CI
 * machine cannot trip it while a design gone badly wrong (backtracking, a regex per phrase per word)
 * still does.
 */
class RedFlagDetectorSpeedTest {

    private static final List<String> TYPICAL = List.of(
            "my calf is cramping and it's really tight", "no numbness but it's a bit swollen", "calf",
            "i can't breathe", "what if my leg goes numb", "the cramp is easing now thank you");

    @Test
    void building_the_detector_and_twelve_thousand_checks_stay_far_inside_a_sanity_bound() {
        RedFlagLexicon lexicon = SafetyFixtures.english().lexicon();
        int emergencies = assertTimeout(Duration.ofSeconds(10), () -> {
            RedFlagDetector detector = new RedFlagDetector(lexicon, SafetyFixtures.RULES_ONLY);
            int count = 0;
            for (int i = 0; i < 12_000; i++) {
                count += detector.assess(List.of(TYPICAL.get(i % TYPICAL.size()))).urgency() == Urgency.EMERGENCY ? 1 : 0;
            }
            return count;
        });
        // Only "i can't breathe" is an emergency: the loop did the work it was timed for.
        assertEquals(12_000 / TYPICAL.size(), emergencies);
    }
}
