package crampcoach.safety;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The libraries considered for the learned second opinion, on the same rows and the same kinds of
 * features: OpenNLP's document categorizer (maxent), liblinear-java loading its own model at run time,
 * and the shipped reader of liblinear-trained weights. Run by {@code src/bench/compare-classifiers.sh}.
 *
 * <p>Usage: {@code train <folder>} writes liblinear.model and opennlp.bin there; {@code cold own|liblinear|opennlp
 * <folder>} prints one fresh JVM's main-thread CPU ms and wall ms from first touch to first answer;
 * {@code warm own|liblinear|opennlp <folder>} prints µs per utterance over the corpus rows.
 */
public final class CompareClassifiers {

    private static final String PROBE = "my calf is cramping and my chest is tight";

    private CompareClassifiers() {
    }

    public static void main(String[] args) throws Exception {
        File folder = new File(args[args.length - 1]);
        switch (args[0]) {
            case "train" -> train(folder);
            case "cold" -> cold(args[1], folder);
            case "warm" -> warm(args[1], folder);
            default -> throw new IllegalArgumentException("train | cold <library> | warm <library>, then a folder");
        }
    }

    private static void train(File folder) throws IOException {
        List<TrainSecondOpinion.Row> rows = trainable();
        HashedFeatures features = new HashedFeatures(TrainSecondOpinion.BITS);
        Problem problem = new Problem();
        problem.l = rows.size();
        problem.n = (1 << TrainSecondOpinion.BITS) + 1;
        problem.x = new Feature[rows.size()][];
        problem.y = new double[rows.size()];
        problem.bias = 1;
        List<DocumentSample> samples = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TrainSecondOpinion.Row row = rows.get(i);
            problem.x[i] = TrainSecondOpinion.vector(features, row.normalised());
            problem.y[i] = isRedFlag(row) ? 1 : 0;
            samples.add(new DocumentSample(isRedFlag(row) ? "1" : "0", row.normalised().split(" ")));
        }
        Linear.disableDebugOutput();
        Linear.saveModel(new File(folder, "liblinear.model"),
                Linear.train(problem, new Parameter(SolverType.L2R_LR, TrainSecondOpinion.COST, 0.001)));
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 100);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {
            new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2), new CharacterGrams()});
        DoccatModel model = DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples), parameters, factory);
        try (OutputStream out = new BufferedOutputStream(new FileOutputStream(new File(folder, "opennlp.bin")))) {
            model.serialize(out);
        }
    }

    private static void cold(String library, File folder) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        boolean suspected = classifier(library, folder).test(PROBE);
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        long wall = System.nanoTime() - t0;
        System.out.printf(Locale.ROOT, "%s\t%.2f\t%.2f\t%s%n", library, cpu / 1e6, wall / 1e6, suspected);
    }

    private static void warm(String library, File folder) throws IOException {
        Predicate<String> classifier = classifier(library, folder);
        List<String> texts = trainable().stream().map(TrainSecondOpinion.Row::normalised).toList();
        int suspected = 0;
        for (int round = 0; round < 20; round++) {
            for (String text : texts) {
                suspected += classifier.test(text) ? 1 : 0;
            }
        }
        long start = System.nanoTime();
        for (int round = 0; round < 20; round++) {
            for (String text : texts) {
                suspected += classifier.test(text) ? 1 : 0;
            }
        }
        double micros = (System.nanoTime() - start) / 1e3 / (20.0 * texts.size());
        System.out.printf(Locale.ROOT, "%s\t%.2f\t%d%n", library, micros, suspected);
    }

    private static Predicate<String> classifier(String library, File folder) throws IOException {
        switch (library) {
            case "own": {
                LearnedSecondOpinion opinion = LearnedSecondOpinion.load();
                return opinion::suspectsRedFlag;
            }
            case "liblinear": {
                de.bwaldvogel.liblinear.Model model = Linear.loadModel(new File(folder, "liblinear.model"));
                HashedFeatures features = new HashedFeatures(TrainSecondOpinion.BITS);
                int redFlag = model.getLabels()[0] == 1 ? 0 : 1;
                return text -> {
                    double[] probabilities = new double[2];
                    Linear.predictProbability(model, TrainSecondOpinion.vector(features, text), probabilities);
                    return probabilities[redFlag] >= 0.5;
                };
            }
            case "opennlp": {
                DoccatModel model;
                try (InputStream in = new FileInputStream(new File(folder, "opennlp.bin"))) {
                    model = new DoccatModel(in);
                }
                DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
                return text -> categorizer.getBestCategory(categorizer.categorize(text.split(" "))).equals("1");
            }
            default:
                throw new IllegalArgumentException("unknown library " + library);
        }
    }

    private static List<TrainSecondOpinion.Row> trainable() {
        return TrainSecondOpinion.rows(TrainSecondOpinion.CORPORA).stream()
                .filter(row -> row.label() != TrainSecondOpinion.Label.ADVISORY).toList();
    }

    private static boolean isRedFlag(TrainSecondOpinion.Row row) {
        return row.label() == TrainSecondOpinion.Label.RED_FLAG;
    }
}
