package crampcoach.skill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A local stand-in for Alexa's APIs on the loopback address, reached the way the skill reaches the
 * real ones: through the request envelope's {@code apiEndpoint}. It answers the Settings API's time
 * zone per device as a test sets it, and records every call.
 */
final class AlexaApiStub implements AutoCloseable {

    static final String TOKEN = "stub-access-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, String> zones = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    /** Reminders set through the stub, by alert token: the request bodies as received. */
    private final Map<String, String> reminders = new ConcurrentHashMap<>();
    private volatile long delayMillis;

    AlexaApiStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v2/devices/", this::settings);
        server.createContext("/v1/alerts/reminders", this::reminders);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The time zone the person chose for a device in the Alexa app. */
    AlexaApiStub zone(String deviceId, String zone) {
        zones.put(deviceId, zone);
        return this;
    }

    /** The Settings API answers this status for a device. */
    AlexaApiStub failing(String deviceId, int status) {
        failures.put(deviceId, status);
        return this;
    }

    /** Every answer comes this late. */
    AlexaApiStub slow(long millis) {
        delayMillis = millis;
        return this;
    }

    /** The reminders set and not deleted, by alert token, as the skill sent them. */
    Map<String, String> reminders() {
        return Map.copyOf(reminders);
    }

    /** The calls received, as "GET /path". */
    List<String> calls() {
        return List.copyOf(calls);
    }

    /**
     * A device as the envelope describes it: this stub as its API endpoint, and the request's time.
     * The device id is the one the test gave the stub a zone for.
     */
    Consumer<ObjectNode> device(String deviceId, Instant now) {
        return envelope -> {
            ObjectNode system = (ObjectNode) envelope.path("context").path("System");
            system.put("apiEndpoint", endpoint());
            system.put("apiAccessToken", TOKEN);
            ((ObjectNode) system.path("device")).put("deviceId", deviceId);
            ((ObjectNode) envelope.path("request")).put("timestamp", now.toString());
        };
    }

    /** The same device with a screen: an Echo Show's APL interface and viewport in the envelope. */
    Consumer<ObjectNode> showDevice(String deviceId, Instant now) {
        return device(deviceId, now).andThen(envelope -> {
            ObjectNode system = (ObjectNode) envelope.path("context").path("System");
            ObjectNode interfaces = ((ObjectNode) system.path("device")).putObject("supportedInterfaces");
            interfaces.putObject("Alexa.Presentation.APL").putObject("runtime").put("maxVersion", "2023.2");
            ObjectNode viewport = ((ObjectNode) envelope.path("context")).putObject("Viewport");
            viewport.put("shape", "RECTANGLE");
            viewport.put("pixelWidth", 1280);
            viewport.put("pixelHeight", 800);
            viewport.put("dpi", 160);
        });
    }

    private void settings(HttpExchange exchange) throws IOException {
        calls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        pause();
        String path = exchange.getRequestURI().getPath();
        String deviceId = path.substring("/v2/devices/".length(), path.lastIndexOf("/settings/"));
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (!("Bearer " + TOKEN).equals(authorization)) {
            send(exchange, 401, "{\"type\":\"UNAUTHORIZED\",\"message\":\"no token\"}");
        } else if (failures.containsKey(deviceId)) {
            send(exchange, failures.get(deviceId), "{\"type\":\"INTERNAL_ERROR\",\"message\":\"stub\"}");
        } else if (path.endsWith("/settings/System.timeZone") && zones.containsKey(deviceId)) {
            send(exchange, 200, JSON.writeValueAsString(zones.get(deviceId)));
        } else {
            send(exchange, 404, "{\"type\":\"NOT_FOUND\",\"message\":\"no such device\"}");
        }
    }

    /** The Reminders API: create (POST), list (GET), delete (DELETE /{alertToken}). */
    private void reminders(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        calls.add(method + " " + path);
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "{\"code\":\"UNAUTHORIZED\",\"message\":\"no token\"}");
            return;
        }
        if (method.equals("POST")) {
            String token = "alert-" + (reminders.size() + 1);
            reminders.put(token, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            send(exchange, 201, "{\"alertToken\":\"" + token + "\",\"status\":\"ON\",\"version\":\"1\"}");
        } else if (method.equals("GET")) {
            ObjectNode list = JSON.createObjectNode();
            list.put("totalCount", Integer.toString(reminders.size()));
            reminders.keySet().forEach(token -> list.withArray("alerts").addObject().put("alertToken", token));
            send(exchange, 200, JSON.writeValueAsString(list));
        } else if (method.equals("DELETE")) {
            String token = path.substring(path.lastIndexOf('/') + 1);
            send(exchange, reminders.remove(token) == null ? 404 : 200, "{}");
        } else {
            send(exchange, 405, "{}");
        }
    }

    /** The person has allowed the skill's reminders: the scope the request carries. */
    static Consumer<ObjectNode> remindersAllowed() {
        return envelope -> {
            ObjectNode permissions = ((ObjectNode) envelope.path("context").path("System").path("user"))
                    .putObject("permissions");
            permissions.put("consentToken", TOKEN);
            permissions.putObject("scopes").putObject("alexa::alerts:reminders:skill:readwrite").put("status", "GRANTED");
        };
    }

    private void pause() {
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
