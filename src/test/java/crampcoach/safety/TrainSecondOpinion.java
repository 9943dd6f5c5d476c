package crampcoach.safety;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Trains the learned second opinion from every corpus in src/test/resources/safety and writes it to
 * src/main/resources/safety/second-opinion.bin. Run it from the project root after changing a corpus or
 * the rules (the threshold depends on what the rules already catch):
 *
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=crampcoach.safety.TrainSecondOpinion -Dexec.classpathScope=test</pre>
 *
 * <p>Red flags are the EMERGENCY and URGENT rows, ordinary the NONE rows; ADVISORY rows are neither
 * (the stretch goes ahead for them) and are only reported. The regularisation and the threshold come
 * from grouped k-fold cross-validation: rows whose character trigrams overlap a lot share a group, and
 * a group stays in one fold, so a near-duplicate never tests the model on its own twin. The threshold
 * is set by the question budget, not by recall on these corpora (the rules are tuned on them, so
 * their recall here flatters them): the lowest out-of-fold score at which the model's own questions,
 * asked only where the rules neither stop nor ask, plus the rules' questions on phrasings new to them
 * ({@link #rulesQuestionRate}) stay within {@link #QUESTION_BUDGET} of ordinary phrasings. Everything
 * is deterministic (fixed seed, folds and solver), so a rerun on the same corpora and rules writes the
 * same model ({@code SecondOpinionTrainingTest} checks it, up to float rounding).
 */
public final class TrainSecondOpinion {

    static final Path CORPORA = Path.of("src/test/resources/safety");
    static final Path MODEL = Path.of("src/main/resources/safety/second-opinion.bin");
    /**
     * The sub-folder of blind sets the learned models train on and the rules were never tuned on: each
     * was scored once on its first run (its header keeps the figures), and what the rules ask about
     * there is the honest estimate of their questions on phrasings new to them.
     */
    static final String LEARNING = "learning";

    static final int BITS = 17;
    static final int FOLDS = 10;
    static final long SEED = 20261130L;
    /**
     * The share of ordinary phrasings the rules themselves ask about on phrasings new to them: the
     * ordinary rows of the learning sets, which the rules were never tuned on. The rules ask less on the
     * corpora they were tuned on, so their in-sample rate would flatter the total.
     */
    static double rulesQuestionRate(List<Row> rows) {
        List<Row> unseen = rows.stream()
                .filter(row -> row.label() == Label.ORDINARY && row.source().corpus().startsWith(LEARNING + "/")).toList();
        return unseen.stream().filter(row -> !row.rulesStop() && row.rulesAsk()).count() / (double) unseen.size();
    }
    /**
     * The share of red flags the rules stop that the model may doubt (asking first, naming the rules'
     * sign, instead of answering at once): each costs a person with a real red flag one more turn.
     */
    static final double DOUBT_BUDGET = 0.01;
    /** The estimated share of ordinary phrasings asked about: the rules' questions, the model's, and its doubts together. */
    static final double QUESTION_BUDGET = 0.08;
    /**
     * Whether the most general fixed question names a red flag's signs: a floor for the report, since
     * the gate now builds its question around the likeliest signs ({@link LikelySigns}), which names
     * more of them (the "if it named every category" figure is the ceiling).
     */
    static final Predicate<Row> MODEL_QUESTION_CATCHES = row -> {
        SafetyQuestion question = SafetyFixtures.rulesOnly().questions().get(0);
        return row.source().category().map(question::names).orElse(false) && question.yesLevel().atLeast(row.source().expected());
    };
    /** The regularisation cost, chosen by {@code --search} over {@link #SEARCHED_COSTS}: fewest ordinary rows asked about. */
    static final double COST = 64;
    static final double[] SEARCHED_COSTS = {4, 16, 64, 256};
    /** Rows whose character-trigram sets overlap at least this much (Jaccard) are near-duplicates. */
    static final double NEAR_DUPLICATE = 0.5;

    /** How a row is trained on: ADVISORY rows are neither red flag nor ordinary, only reported. */
    enum Label { RED_FLAG, ORDINARY, ADVISORY }

    /**
     * One normalised row; {@code rulesStop} says whether the rules alone already stop guidance for it
     * (a red flag at its level or higher; for an ordinary row, a false alarm the question cannot fix).
     */
    record Row(CorpusRow source, String normalised, Label label, boolean rulesStop, boolean rulesAsk, boolean rulesQuestionCatches,
            boolean modelConsulted) {
    }

    /** What a training run produced: the model and the report of how it was chosen. */
    record Training(LearnedSecondOpinion model, List<String> report, double modelOnlyQuestions, double rulesQuestions,
            double doubtedQuestions) {
    }

    private TrainSecondOpinion() {
    }

    /** Writes the model; {@code --search} first cross-validates every cost in {@link #SEARCHED_COSTS} (four times as long). */
    public static void main(String[] args) throws IOException {
        boolean search = args.length > 0 && args[0].equals("--search");
        Training training = train(CORPORA, search ? SEARCHED_COSTS : new double[] {COST});
        write(MODEL, training.model().toBytes(), training.report());
        // The two models that read beside it, from the same corpora: one command retrains all three.
        TrainLikelySigns.main(new String[0]);
        TrainEmergencyOpinion.main(new String[0]);
    }

    static Training train(Path corpora, double[] costs) {
        Linear.disableDebugOutput();
        List<Row> rows = rows(corpora);
        List<String> report = new ArrayList<>();
        HashedFeatures features = new HashedFeatures(BITS);
        List<Row> trainable = rows.stream().filter(row -> row.label() != Label.ADVISORY).toList();
        Feature[][] vectors = new Feature[trainable.size()][];
        double[] labels = new double[trainable.size()];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = vector(features, trainable.get(i).normalised());
            labels[i] = trainable.get(i).label() == Label.RED_FLAG ? 1 : 0;
        }
        int[] fold = folds(trainable, report);
        Outcomes best = null;
        for (double cost : costs) {
            Outcomes outcomes = new Outcomes(trainable, outOfFold(trainable, vectors, labels, fold, cost), cost, rulesQuestionRate(rows));
            report.add(String.format(Locale.ROOT, "C=%-5s threshold %7.3f: %s", cost, outcomes.chosenThreshold(),
                    outcomes.describe(outcomes.chosenThreshold(), row -> true)));
            if (best == null || outcomes.asked(outcomes.chosenThreshold(), row -> true) < best.asked(best.chosenThreshold(), row -> true)) {
                best = outcomes;
            }
        }
        double threshold = best.chosenThreshold();
        report.add(String.format(Locale.ROOT, "chosen C=%s, threshold %.4f (log-odds), out of fold:", best.cost(), threshold));
        report.add("  all rows:         " + best.describe(threshold, row -> true));
        report.add("  blind sets only:  " + best.describe(threshold, row -> row.source().corpus().startsWith("blind")));
        // Per blind set: one the rules were never tuned on says most about phrasings new to both.
        Outcomes chosen = best;
        trainable.stream().map(row -> row.source().corpus()).filter(corpus -> corpus.startsWith("blind")).distinct()
                .forEach(corpus -> report.add(String.format(Locale.ROOT, "    %-14s %s", corpus + ":",
                        chosen.describe(threshold, row -> row.source().corpus().equals(corpus)))));
        report.add("  learning sets:    " + best.describe(threshold, row -> row.source().corpus().startsWith(LEARNING + "/")));
        report.add("  other corpora:    " + best.describe(threshold, row -> !row.source().corpus().startsWith("blind")));
        report.add(String.format(Locale.ROOT, "through the gate (the model asked only where the rules neither stop nor ask; a question caught only when it names the category):"));
        report.add("  all rows:         " + best.throughGate(threshold, row -> true));
        report.add("  blind sets only:  " + best.throughGate(threshold, row -> row.source().corpus().startsWith("blind")));
        double doubted = best.doubtedFalseAlarms(best.doubtThreshold(), Outcomes::learning);
        report.add(String.format(Locale.ROOT, "  estimated questions on unseen ordinary phrasings: rules %.1f%% (learning sets) + model only %.1f%% "
                + "+ doubted false alarms %.1f%% (learning sets) = %.1f%% (budget %.1f%%)",
                best.rulesQuestionRate() * 100, best.modelOnlyAsked(threshold, row -> true) * 100, doubted * 100,
                (best.rulesQuestionRate() + best.modelOnlyAsked(threshold, row -> true) + doubted) * 100, QUESTION_BUDGET * 100));
        report.add("the curve, out of fold (model alone; rules or model; ordinary rows the rules leave that it would ask about):");
        for (double target : new double[] {0.90, 0.95, 0.97, 0.98, 0.99, 0.995, 1.0}) {
            double t = best.modelAloneThreshold(target);
            report.add(String.format(Locale.ROOT, "  model alone >= %5.1f%%: threshold %7.3f, %s", target * 100, t, best.describe(t, row -> true)));
        }
        for (double budget : new double[] {0.01, 0.02, 0.03, 0.04, 0.05, 0.08}) {
            double t = best.thresholdAsking(budget);
            report.add(String.format(Locale.ROOT, "  model only asks %4.1f%% of ordinary: threshold %7.3f, %s; %s", budget * 100, t,
                    best.describe(t, row -> true), best.throughGate(t, row -> true)));
        }
        Map<String, int[]> byCategory = new TreeMap<>();
        for (int i = 0; i < trainable.size(); i++) {
            Row row = trainable.get(i);
            if (row.label() == Label.RED_FLAG && row.modelConsulted() && best.scores()[i] >= threshold) {
                int[] counts = byCategory.computeIfAbsent(row.source().category().orElse("-"), id -> new int[2]);
                counts[0]++;
                counts[1] += MODEL_QUESTION_CATCHES.test(row) ? 1 : 0;
            }
        }
        report.add("red flags only the model's question reaches, by category (rows, of which its question names the category): "
                + byCategory.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1]).toList());
        report.add("red flags that neither the rules nor the model (out of fold) would stop or ask about:");
        for (int i = 0; i < trainable.size(); i++) {
            Row row = trainable.get(i);
            if (row.label() == Label.RED_FLAG && !row.rulesStop() && !row.rulesAsk() && best.scores()[i] < threshold) {
                report.add(String.format(Locale.ROOT, "  %7.3f %s %s", best.scores()[i], row.source().expected(), row.source()));
            }
        }
        double doubt = best.doubtThreshold();
        report.add(String.format(Locale.ROOT, "doubt below %.3f (out of fold): red flags the rules stop that it doubts %.2f%% (budget %.1f%%); "
                + "false alarms of the rules it turns into a question: %.1f%% of ordinary rows, %.1f%% in the learning sets",
                doubt, best.doubtedRedFlags(doubt) * 100, DOUBT_BUDGET * 100,
                best.doubtedFalseAlarms(doubt, row -> true) * 100, best.doubtedFalseAlarms(doubt, Outcomes::learning) * 100));
        LearnedSecondOpinion model = binary(logisticRegression(vectors, labels, BITS, best.cost()), BITS, (float) threshold, (float) doubt);
        long advisory = rows.stream().filter(row -> row.label() == Label.ADVISORY).count();
        long advisorySuspected = rows.stream().filter(row -> row.label() == Label.ADVISORY && model.suspectsRedFlag(row.normalised())).count();
        report.add(String.format(Locale.ROOT, "ADVISORY rows (not trained on) the final model suspects: %d of %d", advisorySuspected, advisory));
        return new Training(model, report, best.modelOnlyAsked(threshold, row -> true), best.rulesQuestionRate(),
                best.doubtedFalseAlarms(doubt, Outcomes::learning));
    }

    /** Out-of-fold scores of the trainable rows under one regularisation, and what a threshold on them means. */
    record Outcomes(List<Row> rows, double[] scores, double cost, double rulesQuestionRate) {

        /** The lowest threshold whose model-only questions keep the estimated total within {@link #QUESTION_BUDGET}. */
        double chosenThreshold() {
            return thresholdAsking(QUESTION_BUDGET - rulesQuestionRate - doubtedFalseAlarms(doubtThreshold(), Outcomes::learning));
        }

        static boolean learning(Row row) {
            return row.source().corpus().startsWith(LEARNING + "/");
        }

        /** The score below which at most {@link #DOUBT_BUDGET} of the red flags the rules stop would be doubted. */
        double doubtThreshold() {
            List<Double> stopped = scoresOf(row -> row.label() == Label.RED_FLAG && row.rulesStop());
            stopped.sort(null);
            int allowed = (int) Math.floor(stopped.size() * DOUBT_BUDGET);
            double first = stopped.get(allowed);
            // Stored as a float: round down, so that the first row past the allowance stays undoubted.
            float stored = (float) first;
            return stored > first ? Math.nextDown(stored) : stored;
        }

        double doubtedRedFlags(double doubt) {
            return share(row -> row.rulesStop(), row -> row.label() == Label.RED_FLAG, (row, score) -> score < doubt);
        }

        /** Ordinary rows the rules stop that the doubt turns into a question, as a share of all ordinary rows. */
        double doubtedFalseAlarms(double doubt, Predicate<Row> which) {
            return share(which, row -> row.label() == Label.ORDINARY, (row, score) -> row.rulesStop() && score < doubt);
        }

        /** The lowest threshold at which the model alone asks about at most {@code share} of the ordinary rows. */
        double thresholdAsking(double share) {
            List<Double> asked = scoresOf(row -> row.label() == Label.ORDINARY && row.modelConsulted());
            asked.sort(Collections.reverseOrder());
            int allowed = (int) Math.floor(scoresOf(row -> row.label() == Label.ORDINARY).size() * share + 1e-9);
            if (allowed >= asked.size()) {
                return Double.NEGATIVE_INFINITY;
            }
            // Just above the first ordinary score past the allowance: the threshold is stored as a float.
            return Math.nextUp((float) (double) asked.get(allowed));
        }

        double modelAloneThreshold(double recall) {
            List<Double> needed = scoresOf(row -> row.label() == Label.RED_FLAG);
            needed.sort(null);
            int allowedMisses = (int) Math.floor(needed.size() * (1 - recall) + 1e-9);
            if (allowedMisses >= needed.size()) {
                return Double.POSITIVE_INFINITY;
            }
            return needed.get(allowedMisses);
        }

        private List<Double> scoresOf(Predicate<Row> which) {
            List<Double> kept = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (which.test(rows.get(i))) {
                    kept.add(scores[i]);
                }
            }
            return kept;
        }

        double modelRecall(double threshold, Predicate<Row> which) {
            return share(which, row -> row.label() == Label.RED_FLAG, (row, score) -> score >= threshold);
        }

        double combinedRecall(double threshold, Predicate<Row> which) {
            return share(which, row -> row.label() == Label.RED_FLAG, (row, score) -> row.rulesStop() || score >= threshold);
        }

        /** Ordinary rows on which only the model's question is asked (the gate consults it, and it suspects). */
        double modelOnlyAsked(double threshold, Predicate<Row> which) {
            return share(which, row -> row.label() == Label.ORDINARY, (row, score) -> row.modelConsulted() && score >= threshold);
        }

        /** Red flags and ordinary rows as the gate treats them, with the model's question answered as {@code modelAsks} says. */
        String throughGate(double threshold, Predicate<Row> which) {
            return String.format(Locale.ROOT,
                    "red flags stopped %.1f%%, + rules' question %.1f%%, + model's question %.1f%% (%.1f%% if it named every category); ordinary stopped %.1f%%, rules ask %.1f%%, model asks %.1f%%",
                    share(which, row -> row.label() == Label.RED_FLAG, (row, score) -> row.rulesStop()) * 100,
                    share(which, row -> row.label() == Label.RED_FLAG, (row, score) -> row.rulesStop() || row.rulesQuestionCatches()) * 100,
                    share(which, row -> row.label() == Label.RED_FLAG, (row, score) -> row.rulesStop() || row.rulesQuestionCatches()
                            || row.modelConsulted() && score >= threshold && MODEL_QUESTION_CATCHES.test(row)) * 100,
                    share(which, row -> row.label() == Label.RED_FLAG, (row, score) -> row.rulesStop() || row.rulesQuestionCatches()
                            || row.modelConsulted() && score >= threshold) * 100,
                    share(which, row -> row.label() == Label.ORDINARY, (row, score) -> row.rulesStop()) * 100,
                    share(which, row -> row.label() == Label.ORDINARY, (row, score) -> !row.rulesStop() && row.rulesAsk()) * 100,
                    modelOnlyAsked(threshold, which) * 100);
        }

        /** Ordinary rows the rules let through that the model would ask about. */
        double asked(double threshold, Predicate<Row> which) {
            return share(which, row -> row.label() == Label.ORDINARY, (row, score) -> !row.rulesStop() && score >= threshold);
        }

        double modelSuspected(double threshold, Predicate<Row> which) {
            return share(which, row -> row.label() == Label.ORDINARY, (row, score) -> score >= threshold);
        }

        String describe(double threshold, Predicate<Row> which) {
            return String.format(Locale.ROOT,
                    "red flags: rules %.1f%%, model %.1f%%, rules or model %.1f%%; ordinary: model suspects %.1f%%, asked %.1f%%",
                    share(which, row -> row.label() == Label.RED_FLAG, (row, score) -> row.rulesStop()) * 100,
                    modelRecall(threshold, which) * 100, combinedRecall(threshold, which) * 100,
                    modelSuspected(threshold, which) * 100, asked(threshold, which) * 100);
        }

        private double share(Predicate<Row> which, Predicate<Row> counted,
                BiPredicate<Row, Double> hit) {
            int all = 0;
            int hits = 0;
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                if (which.test(row) && counted.test(row)) {
                    all++;
                    hits += hit.test(row, scores[i]) ? 1 : 0;
                }
            }
            return all == 0 ? Double.NaN : (double) hits / all;
        }
    }

    static List<Row> rows(Path corpora) {
        TextNormaliser normaliser = normaliser();
        RedFlagDetector rules = SafetyFixtures.rulesOnly();
        // Which rows the gate would show the model: a second opinion that only notes that it was asked.
        List<String> consulted = new ArrayList<>();
        RedFlagDetector consulting = new RedFlagDetector(SafetyFixtures.english().lexicon(), normalised -> {
            consulted.add(normalised);
            return false;
        });
        List<Row> rows = new ArrayList<>();
        for (String corpus : corpusNames(corpora)) {
            for (CorpusRow row : CorpusRow.load(corpus)) {
                Label label = switch (row.expected()) {
                    case NONE -> Label.ORDINARY;
                    case ADVISORY -> Label.ADVISORY;
                    default -> Label.RED_FLAG;
                };
                Verdict verdict = rules.assess(List.of(row.phrase()));
                Urgency heard = verdict.urgency();
                boolean rulesStop = label == Label.RED_FLAG ? heard.atLeast(row.expected()) : heard.atLeast(Urgency.URGENT);
                boolean catches = label == Label.RED_FLAG && verdict.question().flatMap(rules::question)
                        .filter(question -> row.category().map(question::names).orElse(false) && question.yesLevel().atLeast(row.expected()))
                        .isPresent();
                consulted.clear();
                consulting.assess(List.of(row.phrase()));
                rows.add(new Row(row, String.join(" ", normaliser.words(row.phrase())), label, rulesStop,
                        verdict.question().isPresent(), catches, !consulted.isEmpty()));
            }
        }
        return rows;
    }

    /** The normaliser the detector uses, built from the shipped English lexicon. */
    static TextNormaliser normaliser() {
        LanguageCues language = SafetyFixtures.english().lexicon().language();
        return new TextNormaliser(language.contractedWords(), language.contractedEndings());
    }

    /** Every corpus: the tuned corpora and blind sets the tests hold the rules to, then the learning sets. */
    private static List<String> corpusNames(Path corpora) {
        List<String> names = new ArrayList<>(tsvNames(corpora, ""));
        names.addAll(tsvNames(corpora.resolve(LEARNING), LEARNING + "/"));
        return names;
    }

    private static List<String> tsvNames(Path folder, String prefix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".tsv"))
                    .map(name -> prefix + name.substring(0, name.length() - ".tsv".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder.toAbsolutePath(), e);
        }
    }

    /** The sparse vector liblinear trains on: exactly what {@link LearnedSecondOpinion#score} sums, plus the bias. */
    static Feature[] vector(HashedFeatures features, String normalised) {
        int[] codes = new int[HashedFeatures.capacity(normalised)];
        int count = features.extract(normalised, codes);
        long[] signed = new long[count];
        for (int i = 0; i < count; i++) {
            int code = codes[i];
            signed[i] = code >= 0 ? ((long) code << 1) : ((long) ~code << 1) | 1;
        }
        Arrays.sort(signed);
        double weight = count == 0 ? 0 : 1 / Math.sqrt(count);
        List<Feature> nodes = new ArrayList<>();
        int i = 0;
        while (i < count) {
            long bucket = signed[i] >> 1;
            double value = 0;
            for (; i < count && signed[i] >> 1 == bucket; i++) {
                value += (signed[i] & 1) == 0 ? weight : -weight;
            }
            if (value != 0) {
                nodes.add(new FeatureNode((int) bucket + 1, value));
            }
        }
        nodes.add(new FeatureNode((1 << features.bits()) + 1, 1)); // the bias term
        return nodes.toArray(new Feature[0]);
    }

    /** Logistic regression by liblinear over {@code bits}-bit hashed vectors, reseeded first so that every run is the same. */
    static Model logisticRegression(Feature[][] vectors, double[] labels, int bits, double cost) {
        Problem problem = new Problem();
        problem.l = vectors.length;
        problem.n = (1 << bits) + 1;
        problem.x = vectors;
        problem.y = labels;
        problem.bias = 1;
        Linear.resetRandom();
        return Linear.train(problem, new Parameter(SolverType.L2R_LR, cost, 0.001));
    }

    static LearnedSecondOpinion fit(Feature[][] vectors, double[] labels, double cost, float threshold) {
        return binary(logisticRegression(vectors, labels, BITS, cost), BITS, threshold);
    }

    /** A two-label liblinear model as a {@link LearnedSecondOpinion} whose positive score means label 1. */
    static LearnedSecondOpinion binary(Model model, int bits, float threshold) {
        return binary(model, bits, threshold, Float.NEGATIVE_INFINITY);
    }

    static LearnedSecondOpinion binary(Model model, int bits, float threshold, float doubt) {
        double[] w = model.getFeatureWeights();
        // liblinear's weights favour its first label; make a positive score mean label 1.
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        float[] weights = new float[1 << bits];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) (sign * w[i]);
        }
        return new LearnedSecondOpinion(bits, weights, (float) (sign * w[weights.length] * model.getBias()), threshold, doubt);
    }

    static double[] outOfFold(List<Row> rows, Feature[][] vectors, double[] labels, int[] fold, double cost) {
        double[] scores = new double[rows.size()];
        crossValidate(vectors, labels, fold, (x, y) -> fit(x, y, cost, 0),
                (model, i) -> scores[i] = model.score(rows.get(i).normalised()));
        return scores;
    }

    /** Grouped k-fold: fits on all folds but one, then hands each row of that fold to {@code heldOut} with the model. */
    static <M> void crossValidate(Feature[][] vectors, double[] labels, int[] fold, BiFunction<Feature[][], double[], M> fit,
            ObjIntConsumer<M> heldOut) {
        for (int k = 0; k < FOLDS; k++) {
            List<Feature[]> trainX = new ArrayList<>();
            List<Double> trainY = new ArrayList<>();
            for (int i = 0; i < vectors.length; i++) {
                if (fold[i] != k) {
                    trainX.add(vectors[i]);
                    trainY.add(labels[i]);
                }
            }
            M model = fit.apply(trainX.toArray(new Feature[0][]), trainY.stream().mapToDouble(Double::doubleValue).toArray());
            for (int i = 0; i < vectors.length; i++) {
                if (fold[i] == k) {
                    heldOut.accept(model, i);
                }
            }
        }
    }

    /** Writes a trained model and prints how it was chosen. */
    static void write(Path file, byte[] bytes, List<String> report) throws IOException {
        report.forEach(System.out::println);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        System.out.printf(Locale.ROOT, "wrote %s (%,d bytes)%n", file, bytes.length);
    }

    /**
     * Assigns each row a fold: near-duplicates (by character-trigram Jaccard) are joined into groups,
     * the groups shuffled with a fixed seed and dealt to the fold with the fewest rows so far.
     */
    static int[] folds(List<Row> rows, List<String> report) {
        int n = rows.size();
        int[][] trigrams = new int[n][];
        for (int i = 0; i < n; i++) {
            trigrams[i] = trigrams(rows.get(i).normalised());
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (jaccard(trigrams[i], trigrams[j]) >= NEAR_DUPLICATE) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        for (int i = 0; i < n; i++) {
            int r = root(parent, i);
            if (groupOf[r] < 0) {
                groupOf[r] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[r]).add(i);
        }
        Collections.shuffle(groups, new Random(SEED));
        int[] fold = new int[n];
        int[] sizes = new int[FOLDS];
        for (List<Integer> group : groups) {
            int smallest = 0;
            for (int k = 1; k < FOLDS; k++) {
                if (sizes[k] < sizes[smallest]) {
                    smallest = k;
                }
            }
            for (int member : group) {
                fold[member] = smallest;
            }
            sizes[smallest] += group.size();
        }
        int largest = groups.stream().mapToInt(List::size).max().orElse(0);
        report.add(String.format(Locale.ROOT, "%d rows (%d red flag), %d groups of near-duplicates (largest %d rows), %d folds of %s rows",
                n, rows.stream().filter(row -> row.label() == Label.RED_FLAG).count(), groups.size(), largest, FOLDS, Arrays.toString(sizes)));
        return fold;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static int[] trigrams(String text) {
        String padded = " " + text + " ";
        int[] grams = new int[Math.max(0, padded.length() - 2)];
        for (int i = 0; i < grams.length; i++) {
            grams[i] = padded.substring(i, i + 3).hashCode();
        }
        return Arrays.stream(grams).sorted().distinct().toArray();
    }

    private static double jaccard(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 1 : (double) common / union;
    }
}
