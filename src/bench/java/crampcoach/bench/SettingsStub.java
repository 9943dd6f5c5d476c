package crampcoach.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Alexa's Settings API for the night benchmark, in a process of its own so that its CPU is not
 * counted in the skill's: answers every device's time zone with {@code "Europe/London"} on the
 * loopback address, prints the port, and serves until killed.
 *
 * <p>Usage: {@code SettingsStub}
 */
public final class SettingsStub {

    private SettingsStub() {
    }

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v2/devices/", exchange -> {
            byte[] body = "\"Europe/London\"".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().endsWith("/settings/System.timeZone") ? 200 : 404,
                    body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        System.out.println(server.getAddress().getPort());
        System.out.flush();
    }
}
