package crampcoach.safety;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Trains the emergency opinion: a logistic regression, over the same hashed n-grams, of EMERGENCY
 * against URGENT among the red-flag rows of every corpus, and writes it to
 * src/main/resources/safety/emergency-opinion.bin ({@link TrainSecondOpinion}'s command runs this too).
 *
 * <p>The gate consults it only when the rules are sure help is needed but call it URGENT: the blind
 * sets showed the rules under-calling emergencies whose severity is in the telling ("so weak I can
 * barely stand", "swelling up huge", "all through me"). Its threshold is the lowest out-of-fold score
 * at which it raises at most {@link #OVER_CALL_BUDGET} of the truly urgent rows the rules call urgent:
 * telling someone who needs a doctor tonight to call the emergency number has a cost too.
 */
public final class TrainEmergencyOpinion {

    static final Path MODEL = Path.of("src/main/resources/safety/emergency-opinion.bin");
    static final int BITS = 14;
    static final double COST = 16;
    /** The share of truly urgent rows (that the rules call urgent) it may raise to an emergency. */
    static final double OVER_CALL_BUDGET = 0.015;

    private TrainEmergencyOpinion() {
    }

    public static void main(String[] args) throws IOException {
        List<String> report = new ArrayList<>();
        TrainSecondOpinion.write(MODEL, train(TrainSecondOpinion.CORPORA, report).toBytes(), report);
    }

    /** A red-flag row and whether the rules alone call it exactly URGENT (where this opinion is consulted). */
    record Row(TrainSecondOpinion.Row row, boolean rulesSayUrgent) {
    }

    static List<Row> rows(Path corpora) {
        RedFlagDetector rules = SafetyFixtures.rulesOnly();
        return TrainSecondOpinion.rows(corpora).stream()
                .filter(row -> row.label() == TrainSecondOpinion.Label.RED_FLAG)
                .map(row -> new Row(row, rules.assess(List.of(row.source().phrase())).urgency() == Urgency.URGENT))
                .toList();
    }

    static LearnedSecondOpinion train(Path corpora, List<String> report) {
        Linear.disableDebugOutput();
        List<Row> rows = rows(corpora);
        HashedFeatures features = new HashedFeatures(BITS);
        Feature[][] vectors = new Feature[rows.size()][];
        double[] labels = new double[rows.size()];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = TrainSecondOpinion.vector(features, rows.get(i).row().normalised());
            labels[i] = rows.get(i).row().source().expected() == Urgency.EMERGENCY ? 1 : 0;
        }
        int[] fold = TrainSecondOpinion.folds(rows.stream().map(Row::row).toList(), report);
        double[] scores = new double[rows.size()];
        TrainSecondOpinion.crossValidate(vectors, labels, fold, (x, y) -> fit(x, y, 0),
                (model, i) -> scores[i] = model.score(rows.get(i).row().normalised()));
        List<Double> urgentScores = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).rulesSayUrgent() && labels[i] == 0) {
                urgentScores.add(scores[i]);
            }
        }
        urgentScores.sort(Collections.reverseOrder());
        int allowed = (int) Math.floor(urgentScores.size() * OVER_CALL_BUDGET);
        float threshold = Math.nextUp((float) (double) urgentScores.get(Math.min(allowed, urgentScores.size() - 1)));
        int underCalled = 0;
        int raised = 0;
        List<String> leftUrgent = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).rulesSayUrgent() && labels[i] == 1) {
                underCalled++;
                raised += scores[i] >= threshold ? 1 : 0;
                if (scores[i] < threshold) {
                    leftUrgent.add(String.format(Locale.ROOT, "  %7.3f %s", scores[i], rows.get(i).row().source()));
                }
            }
        }
        report.add(String.format(Locale.ROOT, "emergencies the rules call urgent: %d; raised out of fold at threshold %.3f: %d; "
                + "truly urgent rows raised: %d of %d (budget %.1f%%)", underCalled, threshold, raised, allowed, urgentScores.size(),
                OVER_CALL_BUDGET * 100));
        report.add("emergencies the rules call urgent that it leaves urgent (out of fold):");
        report.addAll(leftUrgent);
        return fit(vectors, labels, threshold);
    }

    private static LearnedSecondOpinion fit(Feature[][] vectors, double[] labels, float threshold) {
        Model model = TrainSecondOpinion.logisticRegression(vectors, labels, BITS, COST);
        return TrainSecondOpinion.binary(model, BITS, threshold);
    }
}
