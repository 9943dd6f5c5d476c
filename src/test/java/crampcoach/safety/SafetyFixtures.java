package crampcoach.safety;

import crampcoach.content.RedFlagReader;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Builds the detector exactly as the skill does: through {@link RedFlagReader} from the real
 * content resources and with the shipped second opinion, so tests check the shipped lexicon and
 * model rather than copies of them.
 */
final class SafetyFixtures {

    /** No second opinion: what the rules alone do, for the trainer that sets the model's threshold behind them. */
    static final SecondOpinion RULES_ONLY = normalised -> false;

    private static final SecondOpinion SHIPPED = LearnedSecondOpinion.load();
    private static final RedFlagReader.Result ENGLISH = read("en");
    private static final RedFlagDetector ENGLISH_RULES = new RedFlagDetector(ENGLISH.lexicon(), RULES_ONLY);

    private SafetyFixtures() {
    }

    static RedFlagReader.Result english() {
        return ENGLISH;
    }

    static RedFlagDetector detector() {
        return ENGLISH.detector();
    }

    static RedFlagDetector rulesOnly() {
        return ENGLISH_RULES;
    }

    /** What the safety gate does with one heard phrase: every slot value goes to assess. */
    static Verdict assess(String... slotValues) {
        return ENGLISH.detector().assess(List.of(slotValues));
    }

    /**
     * Whether a verdict gets a person with this red flag to help at {@code floor} or higher: at once,
     * or through the one question when it names the category's signs and a yes means that level.
     */
    static boolean caught(Verdict verdict, String category, Urgency floor) {
        if (verdict.urgency().atLeast(floor)) {
            return true;
        }
        return verdict.question().flatMap(ENGLISH.detector()::question)
                .filter(question -> question.names(category) && question.yesLevel().atLeast(floor))
                .isPresent();
    }

    static RedFlagReader.Result read(String locale) {
        InputStream base = resource("/content/en/red-flags.json")
                .orElseThrow(() -> new IllegalStateException("content/en/red-flags.json is missing"));
        Optional<InputStream> overlay = locale.equals("en") ? Optional.empty() : resource("/content/" + locale + "/red-flags.json");
        return new RedFlagReader().read(base, overlay, SHIPPED);
    }

    private static Optional<InputStream> resource(String path) {
        return Optional.ofNullable(SafetyFixtures.class.getResourceAsStream(path));
    }
}
