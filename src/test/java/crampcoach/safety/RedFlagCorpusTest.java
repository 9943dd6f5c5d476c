package crampcoach.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every corpus phrasing through the path a request takes: the phrase is a slot value, and the
 * slot values go to {@link RedFlagDetector#assess} on a detector read by the real content reader.
 * A red flag counts as found only at its expected level or higher, at once or through the one
 * question answered truly. The corpora the rules were written against must be found in full; the
 * blind sets, written by people who never saw the rules, to the targets.
 */
class RedFlagCorpusTest {

    private static final double MAX_FALSE_POSITIVE_RATE = 0.03;
    private static final double MAX_QUESTION_RATE = 0.10;
    /** Red-flag misses allowed in a blind set: the target is 99% recall. */
    private static final double BLIND_MISS_RATE = 0.01;
    /** Advisory misses allowed in a blind set: the stretch goes ahead either way. */
    private static final double BLIND_ADVISORY_MISS_RATE = 0.10;
    private static final int MIN_CORPUS_SIZE = 400;
    private static final int MIN_TOTAL = 1_500;

    static Stream<String> corpora() {
        return CorpusRow.CORPORA.stream();
    }

    static Stream<String> categoryExactCorpora() {
        return CorpusRow.CATEGORY_EXACT.stream();
    }

    @ParameterizedTest(name = "{0}: every emergency phrasing is heard as an emergency")
    @MethodSource("corpora")
    void every_emergency_phrasing_is_heard_as_an_emergency(String corpus) {
        assertAllDetected(corpus, row -> row.expected() == Urgency.EMERGENCY, BLIND_MISS_RATE);
    }

    @ParameterizedTest(name = "{0}: every urgent phrasing is heard as urgent or worse")
    @MethodSource("corpora")
    void every_urgent_phrasing_is_heard_as_urgent_or_worse(String corpus) {
        assertAllDetected(corpus, row -> row.expected() == Urgency.URGENT, BLIND_MISS_RATE);
    }

    @ParameterizedTest(name = "{0}: every advisory phrasing is heard at least as advisory")
    @MethodSource("corpora")
    void every_advisory_phrasing_is_heard_at_least_as_advisory(String corpus) {
        assertAllDetected(corpus, row -> row.expected() == Urgency.ADVISORY, BLIND_ADVISORY_MISS_RATE);
    }

    @ParameterizedTest(name = "{0}: emergency phrasings report their own category")
    @MethodSource("categoryExactCorpora")
    void emergency_phrasings_report_their_own_category(String corpus) {
        List<String> wrong = CorpusRow.load(corpus).stream()
                .filter(row -> row.expected() == Urgency.EMERGENCY)
                .filter(row -> !assess(row).asksFirst()) // a fall or a doubted sign: the question names it
                .filter(row -> !assess(row).category().equals(row.category()))
                .map(row -> row + " expected " + row.category().orElseThrow() + " but got " + assess(row))
                .toList();
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }

    @ParameterizedTest(name = "{0}: at most three percent of ordinary phrasings raise a flag")
    @MethodSource("corpora")
    void at_most_three_percent_of_ordinary_phrasings_raise_a_flag(String corpus) {
        assertOrdinaryRate(corpus, Verdict::stopsGuidance, MAX_FALSE_POSITIVE_RATE, "false positives");
    }

    @ParameterizedTest(name = "{0}: at most one ordinary phrasing in ten gets the question")
    @MethodSource("corpora")
    void at_most_one_ordinary_phrasing_in_ten_gets_the_question(String corpus) {
        assertOrdinaryRate(corpus, Verdict::asksFirst, MAX_QUESTION_RATE, "asked");
    }

    private static void assertOrdinaryRate(String corpus, Predicate<Verdict> counted, double most, String what) {
        List<CorpusRow> ordinary = CorpusRow.load(corpus).stream().filter(row -> !row.isRedFlag()).toList();
        List<String> hits = ordinary.stream()
                .filter(row -> counted.test(assess(row)))
                .map(row -> row + " -> " + assess(row))
                .toList();
        double rate = ordinary.isEmpty() ? 0 : (double) hits.size() / ordinary.size();
        assertTrue(rate <= most, () -> String.format("%.1f%% %s:%n%s", 100 * rate, what, String.join("\n", hits)));
    }

    @Test
    void all_corpora_together_hold_fifteen_hundred_red_flags_and_fifteen_hundred_ordinary_phrasings() {
        long redFlags = 0;
        long ordinary = 0;
        for (String corpus : CorpusRow.CORPORA) {
            for (CorpusRow row : CorpusRow.load(corpus)) {
                redFlags += row.isRedFlag() ? 1 : 0;
                ordinary += row.isRedFlag() ? 0 : 1;
            }
        }
        assertTrue(redFlags >= MIN_TOTAL, "red-flag phrasings: " + redFlags);
        assertTrue(ordinary >= MIN_TOTAL, "ordinary phrasings: " + ordinary);
    }

    @Test
    void the_main_corpora_are_large_enough_to_mean_something() {
        long redFlags = CorpusRow.load("red-flags").stream().filter(CorpusRow::isRedFlag).count();
        long ordinary = CorpusRow.load("ordinary").stream().filter(row -> !row.isRedFlag()).count();
        assertTrue(redFlags >= MIN_CORPUS_SIZE, "red-flags.tsv has " + redFlags);
        assertTrue(ordinary >= MIN_CORPUS_SIZE, "ordinary.tsv has " + ordinary);
        assertEquals(CorpusRow.load("red-flags").size(), redFlags, "red-flags.tsv holds only red flags");
        assertEquals(CorpusRow.load("ordinary").size(), ordinary, "ordinary.tsv holds only NONE rows");
    }

    @Test
    void corpus_phrasings_look_like_what_alexa_delivers_and_appear_once() {
        Set<String> seen = new HashSet<>();
        for (String corpus : CorpusRow.CORPORA) {
            for (CorpusRow row : CorpusRow.load(corpus)) {
                assertTrue(row.phrase().matches("[a-z' ]+"), row + ": lower case letters, spaces and apostrophes only");
                // The blind sets are kept as their writers wrote them, repeats of older phrasings included.
                assertTrue(seen.add(row.phrase()) || corpus.startsWith("blind-"), row + " appears twice across the corpora");
                if (row.isRedFlag()) {
                    String category = row.category().orElseThrow(() -> new AssertionError(row + " names no category"));
                    assertTrue(SafetyFixtures.english().lexicon().category(category).isPresent(), row + ": unknown category");
                }
            }
        }
    }

    /** Every row of a tuned corpus; a blind set to within {@code blindMissRate} of its rows. */
    private static void assertAllDetected(String corpus, Predicate<CorpusRow> which, double blindMissRate) {
        List<CorpusRow> rows = CorpusRow.load(corpus).stream().filter(which).toList();
        List<String> missed = rows.stream()
                .filter(row -> !row.detectedBy(assess(row)))
                .map(row -> row + " expected " + row.expected() + " or higher but got " + assess(row))
                .toList();
        int allowed = corpus.startsWith("blind-") ? (int) Math.floor(blindMissRate * rows.size()) : 0;
        assertTrue(missed.size() <= allowed,
                () -> missed.size() + " missed, " + allowed + " allowed:\n" + String.join("\n", missed));
    }

    private static Verdict assess(CorpusRow row) {
        return SafetyFixtures.assess(row.phrase());
    }
}
