package crampcoach.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazon.ask.model.services.DefaultApiConfiguration;
import com.amazon.ask.model.services.ServiceClientFactory;
import com.amazon.ask.model.services.Serializer;
import crampcoach.device.HttpApiClient;
import crampcoach.device.TimeZoneLookup;
import crampcoach.json.JsonTrees;
import crampcoach.lambda.SnapStartPriming;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * What the time-zone lookup costs the first request of a fresh JVM, in one JVM per run: the first
 * night request's time in the handler, with the Settings API on a loopback stub ({@code lookup}), or
 * with the request's API token removed so that no lookup starts ({@code no-lookup}); and the same
 * after SnapStart priming ({@code primed-lookup}, {@code primed-no-lookup}), or after priming plus one
 * settings call of another device to the stub, as priming would make if its requests reached an
 * API endpoint ({@code primed-call-lookup}). The difference between a lookup run and the matching
 * no-lookup run is what the turn waits for the zone. Whether the night voice was reached (the zone
 * came within the turn's wait) is printed too. {@code raw} and {@code primed-raw} time the settings
 * call alone, with no wait to cut it short: after a first request with no lookup (so the skill's own
 * classes are loaded, as on a first request), the SDK's {@code UpsServiceClient} over the skill's
 * {@code HttpApiClient} with its 300 ms timeouts, a JSON string read as the skill reads it.
 *
 * <p>Prints one tab-separated line: mode, first request (or call) ms, night voice (true/false; for a
 * raw call, whether it answered).
 *
 * <p>Usage: {@code SettingsLookupCost <handler class> <night-request.json> <mode>}
 */
public final class SettingsLookupCost {

    private SettingsLookupCost() {
    }

    /** Reads a JSON string with the streaming parser, as the skill's serializer does; nothing else is needed. */
    private static final class StringSerializer implements Serializer {
        @Override
        public <T> String serialize(T object) {
            throw new UnsupportedOperationException("the time-zone call sends no body");
        }

        @Override
        public <T> void serialize(T object, java.io.OutputStream out) {
            throw new UnsupportedOperationException("the time-zone call sends no body");
        }

        @Override
        public <T> T deserialize(String text, Class<T> type) {
            try {
                return type.cast(JsonTrees.read(text.getBytes(StandardCharsets.UTF_8)).asText());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public <T> T deserialize(InputStream in, Class<T> type) {
            throw new UnsupportedOperationException("the time-zone call is read as a string");
        }
    }

    public static void main(String[] args) throws Exception {
        String mode = args[2];
        String request;
        try (InputStream in = new FileInputStream(args[1])) {
            request = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // Not the device priming's canned requests name: priming leaves that one's failed lookup in memory.
        request = request.replaceAll("amzn1\\.ask\\.device\\.[A-Za-z0-9]+", "amzn1.ask.device.NIGHTDEVICE");
        if (mode.endsWith("no-lookup")) {
            // No API endpoint: the skill does not look the zone up at all.
            request = request.replaceAll("\"apiEndpoint\" *: *\"[^\"]*\" *,", "");
        }
        Context context = new BenchContext();
        RequestStreamHandler handler = Handlers.create(args[0]);
        if (mode.startsWith("primed")) {
            SnapStartPriming.prime(handler);
        }
        if (mode.startsWith("primed-call")) {
            // Another device at the same endpoint: its lookup warms the HTTP path, not this device's cache.
            String other = request.replaceAll("amzn1\\.ask\\.device\\.[A-Za-z0-9]+", "amzn1.ask.device.PRIMINGDEVICE")
                    .replaceAll("\"timestamp\" *: *\"[^\"]*\"", "\"timestamp\": \"2026-11-25T15:00:00Z\"");
            handler.handleRequest(new ByteArrayInputStream(other.getBytes(StandardCharsets.UTF_8)),
                    new ByteArrayOutputStream(), context);
        }
        if (mode.endsWith("raw")) {
            String noLookup = request.replaceAll("\"apiEndpoint\" *: *\"[^\"]*\" *,", "");
            handler.handleRequest(new ByteArrayInputStream(noLookup.getBytes(StandardCharsets.UTF_8)),
                    new ByteArrayOutputStream(), context);
            java.util.regex.Matcher endpoint = java.util.regex.Pattern.compile("\"apiEndpoint\" *: *\"([^\"]*)\"")
                    .matcher(request);
            endpoint.find();
            ServiceClientFactory clients = ServiceClientFactory.builder()
                    .withDefaultApiConfiguration(DefaultApiConfiguration.builder()
                            .withApiClient(new HttpApiClient(TimeZoneLookup.NETWORK_TIMEOUT, TimeZoneLookup.NETWORK_TIMEOUT))
                            .withApiEndpoint(endpoint.group(1))
                            .withAuthorizationValue("bench.token")
                            .withSerializer(new StringSerializer())
                            .build())
                    .build();
            long start = System.nanoTime();
            String zone = clients.getUpsService().getSystemTimeZone("amzn1.ask.device.NIGHTDEVICE");
            long end = System.nanoTime();
            System.out.printf("%s\t%.1f\t%s%n", mode, (end - start) / 1_000_000.0, zone != null);
            return;
        }
        ByteArrayOutputStream sink = new ByteArrayOutputStream(16 * 1024);
        long start = System.nanoTime();
        handler.handleRequest(new ByteArrayInputStream(request.getBytes(StandardCharsets.UTF_8)), sink, context);
        long end = System.nanoTime();
        boolean night = sink.toString(StandardCharsets.UTF_8).contains("prosody volume");
        System.out.printf("%s\t%.1f\t%s%n", mode, (end - start) / 1_000_000.0, night);
    }
}
