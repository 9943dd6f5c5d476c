package crampcoach.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the raw measurements that run-benchmark.sh collected into the printed tables and the
 * PASS/FAIL lines of the targets. Every figure is a median over the runs; cold figures are given as
 * ratios to the minimal ASK SDK skill and to the bare JVM of the same session, because absolute
 * times drift on a shared machine while ratios measured side by side hardly do.
 *
 * <p>Usage: {@code Report <results folder> <jar>}; the folder holds cold.tsv, warm-default.tsv,
 * warm-production.tsv and priming.tsv as the script writes them.
 */
public final class Report {

    static final String DEFAULT = "default";
    static final String PRODUCTION = "production";
    static final String EMPTY = "print-empty";
    static final String MINIMAL = "minimal-launch";
    /**
     * Held to the targets: launch, the one-shot stretch with the in-memory diary and the same with the
     * diary in DynamoDB (dynalite on loopback: a GetItem and a conditional PutItem on the first request).
     */
    static final List<String> FULL = List.of("full-launch", "full-oneshot", "full-oneshot-store");
    /** The one-shot calf cramp at 3 a.m. on a device whose time zone is looked up (stub on loopback). */
    static final String NIGHT = "full-night";
    /** Printed beside them: an Echo Show one-shot, which the fast reader declines to the SDK's Jackson reader. */
    static final List<String> PROGRAMS = List.of(EMPTY, MINIMAL, "full-launch", "full-oneshot", "full-oneshot-store",
            "full-oneshot-echo-show", NIGHT);

    static final double CPU_DEFAULT_TARGET = 1.0;
    static final double CPU_PRODUCTION_TARGET = 0.6;
    static final double WARM_P99_TARGET_US = 1_000;
    static final long JAR_TARGET_BYTES = 6_000_000;

    /** Medians of one program under one set of flags. */
    record Cold(double wallMs, double cpuMs, double cpuP25, double cpuP75, double rssMb, int runs) {
    }

    private final List<String> verdicts = new ArrayList<>();
    private boolean allPass = true;

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Report <results folder> <jar>");
            System.exit(2);
        }
        Path results = Path.of(args[0]);
        Report report = new Report();
        Map<String, Cold> cold = readCold(results.resolve("cold.tsv"));
        report.cold(cold);
        Map<String, Map<String, double[]>> warm = new LinkedHashMap<>();
        for (String flags : List.of(DEFAULT, PRODUCTION)) {
            warm.put(flags, readWarm(results.resolve("warm-" + flags + ".tsv")));
        }
        report.warm(warm);
        long jarBytes = Files.size(Path.of(args[1]));
        System.out.printf(Locale.ROOT, "%n== Shaded jar%n%s: %,d bytes (%.2f MB)%n", args[1], jarBytes, jarBytes / 1e6);
        report.priming(results.resolve("priming.tsv"));
        report.verdict(cold, warm, jarBytes);
    }

    static Map<String, Cold> readCold(Path tsv) throws IOException {
        Map<String, List<double[]>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(tsv)) {
            String[] f = line.split("\t");
            if (f.length < 7 || f[0].equals("flags")) {
                continue;
            }
            double wall = Double.parseDouble(f[3]) * 1_000;
            double cpu = (Double.parseDouble(f[4]) + Double.parseDouble(f[5])) * 1_000;
            double rss = Double.parseDouble(f[6]) / 1_024;
            rows.computeIfAbsent(f[0] + "/" + f[1], k -> new ArrayList<>()).add(new double[] {wall, cpu, rss});
        }
        Map<String, Cold> medians = new LinkedHashMap<>();
        rows.forEach((key, runs) -> medians.put(key, new Cold(median(runs, 0), median(runs, 1),
                quantile(runs, 1, 0.25), quantile(runs, 1, 0.75), median(runs, 2), runs.size())));
        return medians;
    }

    private void cold(Map<String, Cold> cold) {
        System.out.printf("%n== Cold: a fresh JVM answering its first request (medians; CPU = user + sys)%n");
        System.out.printf("%-11s %-15s %5s %9s %9s %11s %9s %11s %11s %11s%n", "flags", "program", "runs",
                "wall ms", "CPU ms", "CPU IQR", "peak MB", "CPU/min", "CPU/empty", "CPU/minDef");
        Cold minimalDefault = cold.get(DEFAULT + "/" + MINIMAL);
        for (String flags : List.of(DEFAULT, PRODUCTION)) {
            Cold empty = cold.get(flags + "/" + EMPTY);
            Cold minimal = cold.get(flags + "/" + MINIMAL);
            for (String program : PROGRAMS) {
                Cold c = cold.get(flags + "/" + program);
                if (c == null) {
                    continue;
                }
                System.out.printf(Locale.ROOT, "%-11s %-15s %5d %9.0f %9.0f %5.0f-%-5.0f %9.1f %10.2fx %10.2fx %10.2fx%n",
                        flags, program, c.runs(), c.wallMs(), c.cpuMs(), c.cpuP25(), c.cpuP75(), c.rssMb(),
                        ratio(c.cpuMs(), minimal), ratio(c.cpuMs(), empty), ratio(c.cpuMs(), minimalDefault));
            }
        }
        System.out.printf("%nWhat the skill itself adds above the bare JVM (median CPU ms minus print-empty's, same flags):%n");
        for (String flags : List.of(DEFAULT, PRODUCTION)) {
            Cold empty = cold.get(flags + "/" + EMPTY);
            if (empty == null) {
                continue;
            }
            StringBuilder line = new StringBuilder(String.format("%-11s", flags));
            for (String program : PROGRAMS.subList(1, PROGRAMS.size())) {
                Cold c = cold.get(flags + "/" + program);
                if (c != null) {
                    line.append(String.format(Locale.ROOT, "  %s %+.0f", program, c.cpuMs() - empty.cpuMs()));
                }
            }
            System.out.println(line);
        }
    }

    static Map<String, double[]> readWarm(Path tsv) throws IOException {
        Map<String, double[]> rows = new LinkedHashMap<>();
        if (!Files.exists(tsv)) {
            return rows;
        }
        for (String line : Files.readAllLines(tsv)) {
            String[] f = line.split("\t");
            if (f.length < 3 || f[0].equals("intent")) {
                continue;
            }
            rows.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
        }
        return rows;
    }

    private void warm(Map<String, Map<String, double[]>> warm) {
        System.out.printf("%n== Warm latency summary (µs; the per-intent tables are printed above)%n");
        warm.forEach((flags, rows) -> {
            Optional<Map.Entry<String, double[]>> worst = rows.entrySet().stream()
                    .max((a, b) -> Double.compare(a.getValue()[1], b.getValue()[1]));
            double medianOfMedians = median(new ArrayList<>(rows.values()), 0);
            worst.ifPresent(w -> System.out.printf(Locale.ROOT,
                    "%-11s %d intents, typical median %.0f µs, worst p99 %.0f µs (%s)%n",
                    flags, rows.size(), medianOfMedians, w.getValue()[1], w.getKey()));
        });
    }

    private void priming(Path tsv) throws IOException {
        System.out.printf("%n== Priming (SnapStart): in-process latency of the first request after the constructor, production flags%n");
        if (!Files.exists(tsv)) {
            System.out.println("not measured");
            return;
        }
        Map<String, List<double[]>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(tsv)) {
            String[] f = line.split("\t");
            if (f.length < 7) {
                continue;
            }
            rows.computeIfAbsent(f[0] + "\t" + f[1], k -> new ArrayList<>()).add(new double[] {
                Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                Double.parseDouble(f[6])});
        }
        System.out.printf("%-14s %-7s %5s %13s %10s %15s %16s %9s%n", "request", "mode", "runs", "construct ms",
                "prime ms", "1st request ms", "2nd request ms", "answered");
        Map<String, Double> first = new LinkedHashMap<>();
        rows.forEach((key, runs) -> {
            String[] k = key.split("\t");
            first.put(key, median(runs, 2));
            System.out.printf(Locale.ROOT, "%-14s %-7s %5d %13.1f %10.1f %15.2f %16.2f %9.0f%n", k[0], k[1], runs.size(),
                    median(runs, 0), median(runs, 1), median(runs, 2), median(runs, 3), median(runs, 4));
        });
        first.forEach((key, coldMs) -> {
            if (key.endsWith("\tcold")) {
                String request = key.substring(0, key.indexOf('\t'));
                Double primedMs = first.get(request + "\tprimed");
                if (primedMs != null) {
                    System.out.printf(Locale.ROOT, "%s: priming saves %.1f ms on the first request (%.1f -> %.2f ms, %.0fx faster)%n",
                            request, coldMs - primedMs, coldMs, primedMs, coldMs / primedMs);
                }
            }
        });
    }

    private void verdict(Map<String, Cold> cold, Map<String, Map<String, double[]>> warm, long jarBytes) {
        System.out.printf("%n== Targets%n");
        Cold minimalDefault = cold.get(DEFAULT + "/" + MINIMAL);
        for (String program : FULL) {
            Cold full = cold.get(DEFAULT + "/" + program);
            check(full != null && minimalDefault != null && full.cpuMs() <= CPU_DEFAULT_TARGET * minimalDefault.cpuMs(),
                    String.format(Locale.ROOT, "cold CPU, %s, default flags <= %.1fx minimal skill (default): %.2fx",
                            program, CPU_DEFAULT_TARGET, ratio(full == null ? Double.NaN : full.cpuMs(), minimalDefault)));
        }
        Cold night = cold.get(DEFAULT + "/" + NIGHT);
        check(night != null && minimalDefault != null && night.cpuMs() <= CPU_DEFAULT_TARGET * minimalDefault.cpuMs(),
                String.format(Locale.ROOT, "cold CPU, %s (time zone looked up, night voice), default flags <= %.1fx minimal skill (default): %.2fx",
                        NIGHT, CPU_DEFAULT_TARGET, ratio(night == null ? Double.NaN : night.cpuMs(), minimalDefault)));
        for (String program : FULL) {
            Cold full = cold.get(PRODUCTION + "/" + program);
            check(full != null && minimalDefault != null && full.cpuMs() <= CPU_PRODUCTION_TARGET * minimalDefault.cpuMs(),
                    String.format(Locale.ROOT, "cold CPU, %s, production flags <= %.1fx minimal skill (default): %.2fx",
                            program, CPU_PRODUCTION_TARGET, ratio(full == null ? Double.NaN : full.cpuMs(), minimalDefault)));
        }
        warm.forEach((flags, rows) -> {
            List<String> slow = new ArrayList<>();
            double worst = 0;
            for (Map.Entry<String, double[]> row : rows.entrySet()) {
                worst = Math.max(worst, row.getValue()[1]);
                if (row.getValue()[1] >= WARM_P99_TARGET_US) {
                    slow.add(row.getKey());
                }
            }
            check(!rows.isEmpty() && slow.isEmpty(), String.format(Locale.ROOT,
                    "warm p99 < 1 ms for every intent (%d, safety check included), %s flags: worst %.0f µs%s",
                    rows.size(), flags, worst, slow.isEmpty() ? "" : " " + slow));
        });
        check(jarBytes <= JAR_TARGET_BYTES, String.format(Locale.ROOT, "shaded jar <= 6 MB: %.2f MB", jarBytes / 1e6));
        // Like the CPU targets, every cold run is held against the minimal skill with default flags;
        // the same-flags comparison is printed beside it.
        for (String flags : List.of(DEFAULT, PRODUCTION)) {
            Cold minimalSameFlags = cold.get(flags + "/" + MINIMAL);
            for (String program : FULL) {
                Cold full = cold.get(flags + "/" + program);
                check(full != null && minimalDefault != null && full.rssMb() <= minimalDefault.rssMb(), String.format(Locale.ROOT,
                        "cold peak memory, %s, %s flags <= minimal skill (default): %.1f MB vs %.1f MB (minimal, %s flags: %.1f MB)",
                        program, flags, full == null ? Double.NaN : full.rssMb(),
                        minimalDefault == null ? Double.NaN : minimalDefault.rssMb(), flags,
                        minimalSameFlags == null ? Double.NaN : minimalSameFlags.rssMb()));
            }
        }
        verdicts.forEach(System.out::println);
        System.out.println(allPass ? "ALL TARGETS PASS" : "SOME TARGETS FAIL");
    }

    private void check(boolean pass, String what) {
        allPass &= pass;
        verdicts.add((pass ? "PASS  " : "FAIL  ") + what);
    }

    private static double ratio(double value, Cold base) {
        return base == null ? Double.NaN : value / base.cpuMs();
    }

    /** Linear-interpolated quantile of one column, q in [0, 1]. */
    static double quantile(List<double[]> runs, int column, double q) {
        double[] values = runs.stream().mapToDouble(r -> r[column]).toArray();
        Arrays.sort(values);
        if (values.length == 0) {
            return Double.NaN;
        }
        double position = q * (values.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(values.length - 1, below + 1);
        return values[below] + (position - below) * (values[above] - values[below]);
    }

    static double median(List<double[]> runs, int column) {
        double[] values = runs.stream().mapToDouble(r -> r[column]).toArray();
        Arrays.sort(values);
        int n = values.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
