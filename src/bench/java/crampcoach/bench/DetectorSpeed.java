package crampcoach.bench;

import crampcoach.content.RedFlagReader;
import crampcoach.safety.LearnedSecondOpinion;
import crampcoach.safety.RedFlagDetector;
import crampcoach.safety.RedFlagLexicon;
import crampcoach.safety.SecondOpinion;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The red-flag detector on its own, in one fresh JVM: what building it costs on a cold start (the
 * first build, classes loading, and a warm one), and what one check of a typical utterance costs once
 * the JIT has settled. The unit tests keep only a sanity bound; the figures live here.
 *
 * <p>Prints: first build ms, warm build ms (median of 20), warm check µs (mean over 60,000 checks).
 */
public final class DetectorSpeed {

    private static final List<String> TYPICAL = List.of(
            "my calf is cramping and it's really tight", "no numbness but it's a bit swollen", "calf",
            "i can't breathe", "what if my leg goes numb", "the cramp is easing now thank you");

    private DetectorSpeed() {
    }

    public static void main(String[] args) throws Exception {
        // The model's own cold cost is SecondOpinionCost's figure; here only the rules are timed.
        SecondOpinion model = LearnedSecondOpinion.load();
        long start = System.nanoTime();
        RedFlagReader.Result english;
        try (InputStream base = DetectorSpeed.class.getResourceAsStream("/content/en/red-flags.json")) {
            english = new RedFlagReader().read(base, Optional.empty(), model);
        }
        double firstBuildMs = (System.nanoTime() - start) / 1e6;

        RedFlagLexicon lexicon = english.lexicon();
        double[] builds = new double[20];
        for (int i = 0; i < 40; i++) {
            long t = System.nanoTime();
            new RedFlagDetector(lexicon, model);
            if (i >= 20) {
                builds[i - 20] = (System.nanoTime() - t) / 1e6;
            }
        }
        java.util.Arrays.sort(builds);

        RedFlagDetector detector = english.detector();
        for (int i = 0; i < 20_000; i++) {
            detector.assess(List.of(TYPICAL.get(i % TYPICAL.size())));
        }
        int runs = 60_000;
        long t = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            detector.assess(List.of(TYPICAL.get(i % TYPICAL.size())));
        }
        double checkMicros = (System.nanoTime() - t) / 1e3 / runs;
        System.out.printf(Locale.ROOT, "%.1f\t%.2f\t%.2f%n", firstBuildMs, builds[builds.length / 2], checkMicros);
    }
}
