package crampcoach.safety;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains {@link LikelySigns}, the ranking of red-flag categories that chooses which signs the safety
 * question names, from the EMERGENCY and URGENT rows of every corpus, and writes it to
 * src/main/resources/safety/likely-signs.bin. Run it from the project root after changing a corpus:
 *
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=crampcoach.safety.TrainLikelySigns -Dexec.classpathScope=test</pre>
 *
 * <p>It prints how often the true category is among the top one to five out of fold (grouped 10-fold
 * cross-validation, as for the second opinion, so a near-duplicate never tests the model on its twin).
 * 4,096 buckets and C = 16 came from that figure: more buckets did not name the right sign more often
 * and would make the file larger. Deterministic: {@code LikelySignsTrainingTest} checks the shipped
 * file is what this command writes.
 */
public final class TrainLikelySigns {

    static final Path MODEL = Path.of("src/main/resources/safety/likely-signs.bin");
    static final int BITS = 12;
    static final double COST = 16;

    private TrainLikelySigns() {
    }

    public static void main(String[] args) throws IOException {
        List<String> report = new ArrayList<>();
        TrainSecondOpinion.write(MODEL, train(TrainSecondOpinion.CORPORA, report).toBytes(), report);
    }

    /** The rows it learns from: every red flag that stops guidance, with its category. */
    static List<TrainSecondOpinion.Row> rows(Path corpora) {
        return TrainSecondOpinion.rows(corpora).stream()
                .filter(row -> row.label() == TrainSecondOpinion.Label.RED_FLAG && row.source().category().isPresent())
                .toList();
    }

    static LikelySigns train(Path corpora, List<String> report) {
        Linear.disableDebugOutput();
        List<TrainSecondOpinion.Row> rows = rows(corpora);
        List<String> categories = rows.stream().map(row -> row.source().category().orElseThrow()).distinct().sorted().toList();
        HashedFeatures features = new HashedFeatures(BITS);
        Feature[][] vectors = new Feature[rows.size()][];
        double[] labels = new double[rows.size()];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = TrainSecondOpinion.vector(features, rows.get(i).normalised());
            labels[i] = categories.indexOf(rows.get(i).source().category().orElseThrow());
        }
        int[] fold = TrainSecondOpinion.folds(rows, report);
        int[] within = new int[5];
        TrainSecondOpinion.crossValidate(vectors, labels, fold, (x, y) -> fit(x, y, categories), (partial, i) -> {
            int rank = partial.ranked(rows.get(i).normalised()).indexOf(categories.get((int) labels[i]));
            for (int top = rank; top >= 0 && top < within.length; top++) {
                within[top]++;
            }
        });
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%d red flags in %d categories; true category out of fold within",
                rows.size(), categories.size()));
        for (int top = 0; top < within.length; top++) {
            line.append(String.format(Locale.ROOT, " top %d: %.1f%%", top + 1, 100.0 * within[top] / rows.size()));
        }
        report.add(line.toString());
        return fit(vectors, labels, categories);
    }

    private static LikelySigns fit(Feature[][] vectors, double[] labels, List<String> categories) {
        Model model = TrainSecondOpinion.logisticRegression(vectors, labels, BITS, COST);
        int[] modelLabels = model.getLabels();
        float[][] weights = new float[categories.size()][1 << BITS];
        float[] biases = new float[categories.size()];
        // A category absent from a training fold keeps zero weights and a very low bias: never ranked first.
        java.util.Arrays.fill(biases, -100f);
        for (int index = 0; index < modelLabels.length; index++) {
            int category = modelLabels[index];
            for (int bucket = 0; bucket < 1 << BITS; bucket++) {
                weights[category][bucket] = (float) model.getDecfunCoef(bucket + 1, index);
            }
            biases[category] = (float) model.getDecfunBias(index);
        }
        return new LikelySigns(BITS, categories, weights, biases);
    }
}
