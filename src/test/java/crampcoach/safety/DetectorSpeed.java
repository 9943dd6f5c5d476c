package crampcoach.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Prints what the red-flag check costs, as figures rather than a timed test (timings on a shared
 * machine make tests flaky): building the detector from its lexicon, and one warm check per corpus
 * phrasing at the median, the 99th percentile and the worst. Run with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=crampcoach.safety.DetectorSpeed -Dexec.classpathScope=test}.
 */
public final class DetectorSpeed {

    private static final int WARM_ROUNDS = 20;
    private static final int MEASURED_ROUNDS = 5;

    private DetectorSpeed() {
    }

    public static void main(String[] args) {
        RedFlagLexicon lexicon = SafetyFixtures.english().lexicon();
        long start = System.nanoTime();
        RedFlagDetector detector = new RedFlagDetector(lexicon);
        double firstBuild = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        new RedFlagDetector(lexicon);
        double secondBuild = (System.nanoTime() - start) / 1e6;

        List<String> phrases = new ArrayList<>();
        for (String corpus : CorpusRow.CORPORA) {
            for (CorpusRow row : CorpusRow.load(corpus)) {
                phrases.add(row.phrase());
            }
        }
        for (int round = 0; round < WARM_ROUNDS; round++) {
            for (String phrase : phrases) {
                detector.assess(List.of(phrase));
            }
        }
        long[] nanos = new long[phrases.size() * MEASURED_ROUNDS];
        int n = 0;
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            for (String phrase : phrases) {
                long t = System.nanoTime();
                detector.assess(List.of(phrase));
                nanos[n++] = System.nanoTime() - t;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("detector build: first %.1f ms, again %.1f ms%n", firstBuild, secondBuild);
        System.out.printf("warm check over %d phrasings x %d: median %.1f us, p99 %.1f us, worst %.1f us%n",
                phrases.size(), MEASURED_ROUNDS, nanos[n / 2] / 1e3, nanos[(int) (n * 0.99)] / 1e3, nanos[n - 1] / 1e3);
    }
}
