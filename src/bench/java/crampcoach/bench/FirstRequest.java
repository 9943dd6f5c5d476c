package crampcoach.bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A fresh JVM answering its first request: creates the handler named on the command line, sends it
 * the one request read from a file, writes the response to standard output and exits.
 *
 * <p>Timed from outside by the script, so the figure is JVM start + class loading + handler
 * construction + the first request, which is what an on-demand cold start costs on Lambda (less the
 * runtime's own bootstrap, which every Java function pays alike).
 *
 * <p>Usage: {@code FirstRequest <handler class> <request.json>}
 */
public final class FirstRequest {

    private FirstRequest() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: FirstRequest <handler class> <request.json>");
            System.exit(2);
        }
        byte[] request;
        try (InputStream in = new FileInputStream(args[1])) {
            request = in.readAllBytes();
        }
        RequestStreamHandler handler = Handlers.create(args[0]);
        handle(handler, request);
        System.out.println();
        System.out.flush();
    }

    private static void handle(RequestStreamHandler handler, byte[] request) throws IOException {
        handler.handleRequest(new ByteArrayInputStream(request), System.out, new BenchContext());
    }
}
