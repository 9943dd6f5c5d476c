package crampcoach.device;

import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.ApiClientRequest;
import com.amazon.ask.model.services.ApiClientResponse;
import com.amazon.ask.model.services.Pair;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The SDK's {@link ApiClient} on the JDK's {@link HttpURLConnection}: what the SDK's service clients
 * (settings, reminders) send their calls through. The SDK's own client lives in ask-sdk-apache-client,
 * which brings Apache HttpClient (about 1 MB and its start-up); the JDK's connection is already there.
 *
 * <p>Calls go only to HTTPS, or to plain HTTP on the loopback address for tests' local stub of the
 * Alexa APIs: the endpoint comes from the request, and the access token must not go anywhere else.
 * With the system property {@value #LOOPBACK_ONLY} set to {@code true} (the build sets it for tests,
 * the benchmark for its runs) only the loopback address is called, so request fixtures that name
 * Alexa's real endpoint never reach the internet.
 */
public final class HttpApiClient implements ApiClient {

    public static final String LOOPBACK_ONLY = "crampcoach.alexaApis.loopbackOnly";

    private final Duration connectTimeout;
    private final Duration readTimeout;

    public HttpApiClient(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
    }

    @Override
    public ApiClientResponse invoke(ApiClientRequest request) {
        URI uri = allowed(request.getUrl());
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout((int) connectTimeout.toMillis());
            connection.setReadTimeout((int) readTimeout.toMillis());
            connection.setInstanceFollowRedirects(false);
            connection.setRequestMethod(request.getMethod());
            if (request.getHeaders() != null) {
                for (Pair<String, String> header : request.getHeaders()) {
                    connection.addRequestProperty(header.getName(), header.getValue());
                }
            }
            if (request.getBody() != null) {
                connection.setDoOutput(true);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(request.getBody().getBytes(StandardCharsets.UTF_8));
                }
            }
            ApiClientResponse response = new ApiClientResponse();
            int status = connection.getResponseCode();
            response.setStatusCode(status);
            response.setHeaders(headers(connection.getHeaderFields()));
            try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                response.setBody(in == null ? null : text(in));
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException("Alexa API call failed: " + request.getMethod() + " " + uri.getPath(), e);
        }
    }

    static URI allowed(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("not an API URL: " + url, e);
        }
        if ("https".equals(uri.getScheme()) && uri.getHost() != null && !Boolean.getBoolean(LOOPBACK_ONLY)) {
            return uri;
        }
        if ("http".equals(uri.getScheme()) && isLoopback(uri.getHost())) {
            return uri;
        }
        throw new IllegalArgumentException("refused an API call to " + uri.getScheme() + "://" + uri.getHost());
    }

    /** Literal loopback names only: resolving a name here would itself be a call on the network. */
    private static boolean isLoopback(String host) {
        return host != null && (host.equals("localhost") || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}"));
    }

    private static List<Pair<String, String>> headers(Map<String, List<String>> fields) {
        List<Pair<String, String>> headers = new ArrayList<>();
        fields.forEach((name, values) -> {
            if (name != null) {
                values.forEach(value -> headers.add(new Pair<>(name, value)));
            }
        });
        return headers;
    }

    private static String text(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
