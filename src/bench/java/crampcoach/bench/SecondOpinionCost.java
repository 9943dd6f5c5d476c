package crampcoach.bench;

import crampcoach.safety.LearnedSecondOpinion;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the learned second opinion costs, against its budget: model file at most 1 MB, at most 30 ms
 * added to a cold start, at most 0.2 ms per utterance warm.
 *
 * <ul>
 * <li>{@code cold}: in a fresh JVM that has already read one resource from the skill's jar, as the
 * skill has by then, the time from before the second opinion's first class is touched to after its
 * first answer (class loading, reading the model from the jar, one prediction); prints load, first
 * prediction and total wall ms, and the main thread's CPU ms. The script runs it once per fresh JVM.</li>
 * <li>{@code warm <rounds>}: the mean and 99th percentile per utterance, in µs, after a warm-up, over
 * typical utterances from two words to a long ramble.</li>
 * <li>{@code summary <cold tsv> <warm line>}: medians and the PASS/FAIL lines.</li>
 * </ul>
 */
public final class SecondOpinionCost {

    static final long MODEL_BUDGET_BYTES = 1 << 20;
    static final double COLD_BUDGET_MS = 30;
    static final double WARM_BUDGET_US = 200;

    /** As the detector hands them over: lower case, contractions spelled out, single spaces. */
    private static final List<String> UTTERANCES = List.of(
            "calf",
            "my calf is cramping",
            "charley horse in my left foot",
            "chess pain and my leg is cramping",
            "i think i past out for a bit",
            "what foods help with cramps",
            "no chest pain just my calf it is really tight",
            "my wee looks like coca cola after the run",
            "it is probably nothing but my leg has gone all weak and i can not lift my foot",
            "i was out walking the dog this morning and my hamstring went into a knot and now it will not let go "
                    + "and i have stretched it like you said but it is still there");

    private SecondOpinionCost() {
    }

    public static void main(String[] args) throws IOException {
        switch (args.length == 0 ? "" : args[0]) {
            case "cold" -> cold();
            case "warm" -> warm(Integer.parseInt(args[1]));
            case "summary" -> summary(Path.of(args[1]), Files.readString(Path.of(args[2])).trim());
            default -> {
                System.err.println("usage: SecondOpinionCost cold | warm <rounds> | summary <cold tsv> <warm file>");
                System.exit(2);
            }
        }
    }

    private static void cold() throws IOException {
        // The skill has opened its jar and read resources from it before the gate needs a second
        // opinion (the red-flag lexicon is read the same way); opening the 5 MB jar is not this cost.
        try (InputStream lexicon = SecondOpinionCost.class.getResourceAsStream("/content/en/red-flags.json")) {
            lexicon.readAllBytes();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        LearnedSecondOpinion opinion = LearnedSecondOpinion.load();
        long t1 = System.nanoTime();
        boolean suspected = opinion.suspectsRedFlag("my calf is cramping and my chest is tight");
        long t2 = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        if (!suspected) {
            throw new IllegalStateException("the shipped model does not suspect a tight chest");
        }
        // Not on an ordinary cold start: read on the first question and on the first urgent verdict.
        List<String> ranked = opinion.likelySigns("a redback got me on the hand and now i am cramping");
        long t3 = System.nanoTime();
        opinion.suspectsEmergency("my pee is black and i can barely stand");
        long t4 = System.nanoTime();
        if (ranked.isEmpty()) {
            throw new IllegalStateException("the shipped ranking of signs is empty");
        }
        System.out.printf(Locale.ROOT, "%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t2 - t0) / 1e6, cpu / 1e6,
                (t3 - t2) / 1e6, (t4 - t3) / 1e6);
    }

    private static void warm(int rounds) {
        LearnedSecondOpinion opinion = LearnedSecondOpinion.load();
        int suspected = 0;
        for (int round = 0; round < rounds; round++) {
            for (String utterance : UTTERANCES) {
                suspected += opinion.suspectsRedFlag(utterance) ? 1 : 0;
            }
        }
        long[] ranking = new long[rounds * UTTERANCES.size()];
        int r = 0;
        for (int round = 0; round < rounds; round++) {
            for (String utterance : UTTERANCES) {
                long start = System.nanoTime();
                suspected += opinion.likelySigns(utterance).size();
                ranking[r++] = System.nanoTime() - start;
            }
        }
        long[] nanos = new long[rounds * UTTERANCES.size()];
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (String utterance : UTTERANCES) {
                long start = System.nanoTime();
                suspected += opinion.suspectsRedFlag(utterance) ? 1 : 0;
                nanos[n++] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(Double.NaN) / 1e3;
        // The count keeps the JIT from dropping the calls; printed so it is used.
        Arrays.sort(ranking);
        System.out.printf(Locale.ROOT, "%.2f\t%.2f\t%d\t%d\t%.2f%n", mean, nanos[(int) (nanos.length * 0.99)] / 1e3, nanos.length, suspected,
                Arrays.stream(ranking).average().orElse(Double.NaN) / 1e3);
    }

    private static void summary(Path coldTsv, String warmLine) throws IOException {
        long modelBytes = 0;
        for (String model : List.of("/safety/second-opinion.bin", "/safety/likely-signs.bin", "/safety/emergency-opinion.bin")) {
            try (InputStream in = LearnedSecondOpinion.class.getResourceAsStream(model)) {
                modelBytes += in.readAllBytes().length;
            }
        }
        List<double[]> cold = new ArrayList<>();
        for (String line : Files.readAllLines(coldTsv)) {
            String[] f = line.split("\t");
            cold.add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                Double.parseDouble(f[5]), Double.parseDouble(f[6])});
        }
        String[] warm = warmLine.split("\t");
        double warmMean = Double.parseDouble(warm[0]);
        double warmP99 = Double.parseDouble(warm[1]);
        double coldWall = median(cold, 2);
        double coldCpu = median(cold, 3);
        System.out.printf(Locale.ROOT, "%n== Learned second opinion (production flags; %d fresh JVMs, medians)%n", cold.size());
        System.out.printf(Locale.ROOT, "model files (second opinion, likely signs, emergency opinion): %,d bytes%n", modelBytes);
        System.out.printf(Locale.ROOT, "cold: load %.1f ms + first prediction %.2f ms = %.1f ms wall, %.1f ms main-thread CPU%n",
                median(cold, 0), median(cold, 1), coldWall, coldCpu);
        System.out.printf(Locale.ROOT, "warm: %.2f µs mean, %.2f µs p99 per utterance (%s measured)%n", warmMean, warmP99, warm[2]);
        System.out.printf(Locale.ROOT, "off the ordinary path: first question reads the ranking of signs in %.1f ms, first urgent verdict the emergency opinion in %.1f ms; "
                + "ranking warm %.2f µs mean%n", median(cold, 4), median(cold, 5), Double.parseDouble(warm[4]));
        System.out.println(verdict(modelBytes <= MODEL_BUDGET_BYTES, String.format(Locale.ROOT, "model files <= 1 MB: %,d bytes", modelBytes)));
        System.out.println(verdict(coldCpu <= COLD_BUDGET_MS, String.format(Locale.ROOT, "added to a cold start <= %.0f ms: %.1f ms CPU (%.1f ms wall)", COLD_BUDGET_MS, coldCpu, coldWall)));
        System.out.println(verdict(warmMean <= WARM_BUDGET_US, String.format(Locale.ROOT, "warm per utterance <= %.1f ms: %.3f ms", WARM_BUDGET_US / 1e3, warmMean / 1e3)));
    }

    private static String verdict(boolean pass, String what) {
        return (pass ? "PASS " : "FAIL ") + what;
    }

    private static double median(List<double[]> rows, int column) {
        double[] values = rows.stream().mapToDouble(row -> row[column]).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
