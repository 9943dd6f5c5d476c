package crampcoach.safety;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints how the detector does on each corpus: a confusion table of expected against detected level,
 * recall per category, the false-positive rate on ordinary phrasings, and every miss. Run with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=crampcoach.safety.ConfusionReport -Dexec.classpathScope=test}.
 */
public final class ConfusionReport {

    private final RedFlagDetector detector;
    private final PrintStream out;

    ConfusionReport(RedFlagDetector detector, PrintStream out) {
        this.detector = detector;
        this.out = out;
    }

    public static void main(String[] args) {
        new ConfusionReport(SafetyFixtures.detector(), System.out).printAll();
    }

    void printAll() {
        List<CorpusRow> tuned = new ArrayList<>(CorpusRow.load("red-flags"));
        tuned.addAll(CorpusRow.load("ordinary"));
        print("red-flags.tsv + ordinary.tsv (tuned against)", tuned);
        print("held-out.tsv (written before any tuning)", CorpusRow.load("held-out"));
        print("held-out-2.tsv (written after the first tuning round, before tuning on it)", CorpusRow.load("held-out-2"));
        print("held-out-3.tsv (written after the second tuning round, before tuning on it)", CorpusRow.load("held-out-3"));
    }

    private void print(String title, List<CorpusRow> rows) {
        out.println();
        out.println("=== " + title + ": " + rows.size() + " phrasings ===");
        Map<Urgency, Map<Urgency, Integer>> confusion = new EnumMap<>(Urgency.class);
        Map<String, int[]> byCategory = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (CorpusRow row : rows) {
            Verdict verdict = detector.assess(List.of(row.phrase()));
            confusion.computeIfAbsent(row.expected(), k -> new EnumMap<>(Urgency.class))
                    .merge(verdict.urgency(), 1, Integer::sum);
            boolean safe = row.detectedBy(verdict);
            row.category().ifPresent(category -> {
                int[] counts = byCategory.computeIfAbsent(category, k -> new int[3]);
                counts[0]++;
                counts[1] += safe ? 1 : 0;
                counts[2] += verdict.category().equals(row.category()) ? 1 : 0;
            });
            if (!safe) {
                misses.add(String.format("  %-9s expected %-9s got %-9s %-18s %s%n            heard: %s", row.isRedFlag() ? "MISSED" : "FALSE+",
                        row.expected(), verdict.urgency(), verdict.category().orElse("-"), row, detector.heardPhrases(row.phrase())));
            }
        }
        printConfusion(confusion);
        printRates(rows);
        out.println();
        out.println("Per category (expected category): rows, detected at level or higher, same category reported");
        byCategory.forEach((category, counts) -> out.printf("  %-20s %4d %4d %4d%n", category, counts[0], counts[1], counts[2]));
        out.println();
        out.println(misses.isEmpty() ? "No misses." : "Misses (" + misses.size() + "):");
        misses.forEach(out::println);
    }

    private void printConfusion(Map<Urgency, Map<Urgency, Integer>> confusion) {
        out.println();
        StringBuilder header = new StringBuilder(String.format("  %-18s", "expected \\ got"));
        for (Urgency got : Urgency.values()) {
            header.append(String.format("%10s", got));
        }
        out.println(header);
        for (Urgency expected : Urgency.values()) {
            Map<Urgency, Integer> row = confusion.getOrDefault(expected, Map.of());
            StringBuilder line = new StringBuilder(String.format("  %-18s", expected));
            for (Urgency got : Urgency.values()) {
                line.append(String.format("%10d", row.getOrDefault(got, 0)));
            }
            out.println(line);
        }
    }

    private void printRates(List<CorpusRow> rows) {
        out.println();
        Map<Urgency, int[]> recall = new LinkedHashMap<>();
        for (CorpusRow row : rows) {
            int[] counts = recall.computeIfAbsent(row.expected(), k -> new int[2]);
            counts[0]++;
            counts[1] += row.detectedBy(detector.assess(List.of(row.phrase()))) ? 1 : 0;
        }
        recall.forEach((level, counts) -> out.printf("  %-10s %s %d/%d = %.1f%%%n", level,
                level == Urgency.NONE ? "correctly NONE" : "recall (at level or higher)", counts[1], counts[0], 100.0 * counts[1] / counts[0]));
        int[] none = recall.get(Urgency.NONE);
        if (none != null) {
            out.printf("  false-positive rate on ordinary phrasings: %.1f%%%n", 100.0 * (none[0] - none[1]) / none[0]);
        }
    }
}
