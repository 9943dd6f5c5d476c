package crampcoach.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import crampcoach.lambda.SnapStartPriming;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.InputStream;

/**
 * What SnapStart priming saves on the first real request, measured in one fresh JVM per run.
 *
 * <p>SnapStart snapshots the JVM after the handler's constructor and the {@code beforeCheckpoint}
 * hooks, and every cold start resumes from there. So the latency a restored function shows on its
 * first request is, locally, the in-process time of the first {@code handleRequest} after
 * construction — without priming ({@code cold}) or after {@link SnapStartPriming#prime} has run the
 * common paths ({@code primed}). Restoring the snapshot itself is Lambda's work and is not simulated.
 *
 * <p>Prints one tab-separated line: mode, construct ms, prime ms, first request ms, second request ms.
 *
 * <p>Usage: {@code PrimingEffect <handler class> <request.json> cold|primed [rounds]} (rounds: the
 * priming passes, default the production number)
 */
public final class PrimingEffect {

    private PrimingEffect() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || !(args[2].equals("cold") || args[2].equals("primed"))) {
            System.err.println("usage: PrimingEffect <handler class> <request.json> cold|primed [rounds]");
            System.exit(2);
        }
        byte[] request;
        try (InputStream in = new FileInputStream(args[1])) {
            request = in.readAllBytes();
        }
        Context context = new BenchContext();
        ByteArrayOutputStream sink = new ByteArrayOutputStream(16 * 1024);

        long t0 = System.nanoTime();
        RequestStreamHandler handler = Handlers.create(args[0]);
        long t1 = System.nanoTime();
        int primed = !args[2].equals("primed") ? 0
                : args.length > 3 ? SnapStartPriming.prime(handler, Integer.parseInt(args[3]))
                : SnapStartPriming.prime(handler);
        long t2 = System.nanoTime();
        handler.handleRequest(new ByteArrayInputStream(request), sink, context);
        long t3 = System.nanoTime();
        if (sink.size() == 0) {
            throw new IllegalStateException("empty response");
        }
        sink.reset();
        handler.handleRequest(new ByteArrayInputStream(request), sink, context);
        long t4 = System.nanoTime();
        System.out.printf("%s\t%.2f\t%.2f\t%.3f\t%.3f\t%d%n", args[2],
                ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), primed);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
