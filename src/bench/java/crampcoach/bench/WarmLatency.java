package crampcoach.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Warm latency per intent, in one JVM: every canned request is sent round-robin (so that no intent
 * gets the JIT to itself and a garbage collection lands on whichever request is unlucky, as in real
 * traffic), first as warm-up until the JIT is quiet, then measured. Reports median and 99th percentile per intent, in
 * microseconds, of the whole {@code handleRequest}: JSON in, dispatch, safety gate, handler, JSON out.
 *
 * <p>Usage: {@code WarmLatency <handler class> <requests folder> <warm-up rounds> <measured rounds>
 * [<tsv out>]}
 */
public final class WarmLatency {

    private static final int BLOCK_ROUNDS = 1_000;
    private static final long QUIET_COMPILE_MS = 5;
    private static final int MAX_WARM_UP_ROUNDS = 30_000;

    private WarmLatency() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: WarmLatency <handler class> <requests folder> <warm-up rounds> <measured rounds> [tsv out]");
            System.exit(2);
        }
        RequestStreamHandler handler = Handlers.create(args[0]);
        List<CannedRequests.Canned> requests = CannedRequests.load(Path.of(args[1]));
        int warmUp = Integer.parseInt(args[2]);
        int measured = Integer.parseInt(args[3]);
        Context context = new BenchContext();
        ByteArrayOutputStream sink = new ByteArrayOutputStream(16 * 1024);

        for (CannedRequests.Canned canned : requests) {
            sink.reset();
            send(handler, canned, sink, context);
            String response = sink.toString(StandardCharsets.UTF_8);
            if (!response.contains("\"response\"")) {
                throw new IllegalStateException(canned.name() + " got no Alexa response: " + response);
            }
        }
        int warmUpRounds = warmUp(handler, requests, warmUp, sink, context);
        long[][] nanos = new long[requests.size()][measured];
        for (int round = 0; round < measured; round++) {
            for (int i = 0; i < requests.size(); i++) {
                sink.reset();
                long start = System.nanoTime();
                send(handler, requests.get(i), sink, context);
                nanos[i][round] = System.nanoTime() - start;
            }
        }

        StringBuilder tsv = new StringBuilder("intent\tmedian_us\tp99_us\tmax_us\n");
        PrintStream out = System.out;
        out.printf("(warm after %d rounds: the JIT compiled for under %d ms in the last %d)%n",
                warmUpRounds, QUIET_COMPILE_MS, BLOCK_ROUNDS);
        out.printf("%-28s %10s %10s %10s%n", "intent", "median µs", "p99 µs", "max µs");
        for (int i = 0; i < requests.size(); i++) {
            long[] sorted = nanos[i].clone();
            Arrays.sort(sorted);
            double median = percentile(sorted, 50) / 1_000.0;
            double p99 = percentile(sorted, 99) / 1_000.0;
            double max = sorted[sorted.length - 1] / 1_000.0;
            out.printf("%-28s %10.1f %10.1f %10.1f%n", requests.get(i).name(), median, p99, max);
            tsv.append(String.format("%s\t%.1f\t%.1f\t%.1f%n", requests.get(i).name(), median, p99, max));
        }
        if (args.length > 4) {
            Files.writeString(Path.of(args[4]), tsv.toString());
        }
    }

    /**
     * Warm means the JIT has finished: with C2 on two busy cores, compilations of the request path can
     * still be running after a few thousand rounds, and a request that meets one is measuring the
     * compiler, not the skill. So after the minimum, warm-up goes on in blocks until a whole block
     * passes with almost no compilation (capped, so a JIT that never settles still gets measured).
     * Returns the rounds run.
     */
    private static int warmUp(RequestStreamHandler handler, List<CannedRequests.Canned> requests, int minimum,
                              ByteArrayOutputStream sink, Context context) throws IOException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean canTell = jit != null && jit.isCompilationTimeMonitoringSupported();
        int rounds = 0;
        long compiledBefore = canTell ? jit.getTotalCompilationTime() : 0;
        while (rounds < minimum || (canTell && rounds < MAX_WARM_UP_ROUNDS)) {
            for (int block = 0; block < BLOCK_ROUNDS; block++, rounds++) {
                for (CannedRequests.Canned canned : requests) {
                    sink.reset();
                    send(handler, canned, sink, context);
                }
            }
            if (rounds >= minimum && canTell) {
                long compiledNow = jit.getTotalCompilationTime();
                if (compiledNow - compiledBefore < QUIET_COMPILE_MS) {
                    break;
                }
                compiledBefore = compiledNow;
            } else if (canTell) {
                compiledBefore = jit.getTotalCompilationTime();
            }
        }
        return rounds;
    }

    private static void send(RequestStreamHandler handler, CannedRequests.Canned canned,
                             ByteArrayOutputStream sink, Context context) throws IOException {
        handler.handleRequest(new ByteArrayInputStream(canned.body()), sink, context);
    }

    /** Nearest-rank percentile of an ascending array. */
    static long percentile(long[] ascending, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * ascending.length);
        return ascending[Math.max(0, Math.min(ascending.length - 1, rank - 1))];
    }
}
