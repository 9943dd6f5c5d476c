package crampcoach.diary;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A real DynamoDB-API engine for the tests: dynalite (npm, open source, on LevelDB, in memory here),
 * started once per test run on a free port of 127.0.0.1 and stopped when the run ends. Each test
 * class gets its own table, created as template.yaml defines it.
 *
 * <p>Needs Node.js; installs dynalite from src/test/dynalite's lockfile with {@code npm ci} when it is
 * not there yet. Without Node the tests fail at once, saying how to install it.
 */
public final class Dynalite implements BeforeAllCallback {

    private static final Path PACKAGE = Path.of("src/test/dynalite");
    private static final long START_SECONDS = 30;
    private static final long INSTALL_SECONDS = 300;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Server.class, key -> Server.start(), Server.class);
    }

    /** The running engine's endpoint; call from a class extended with {@code @ExtendWith(Dynalite.class)}. */
    public static URI endpoint() {
        return Server.running().endpoint;
    }

    /** The environment a deployed skill would get, pointed at this engine and at {@code table}. */
    public static Map<String, String> environment(String table) {
        return Map.of(StoreSettings.TABLE_NAME, table, StoreSettings.ENDPOINT, endpoint().toString(), "AWS_REGION", "us-east-1");
    }

    /** A fresh table with the layout template.yaml defines; returns its name. */
    public static String newTable() {
        String name = "diary-" + UUID.randomUUID();
        try (DynamoDbClient client = client()) {
            client.createTable(table -> table.tableName(name)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()));
            client.waiter().waitUntilTableExists(request -> request.tableName(name));
        }
        return name;
    }

    /** A plain client on the engine, for fixtures and for looking at what was stored. */
    public static DynamoDbClient client() {
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    private static final class Server implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        private static volatile Server running;

        private final Process process;
        private final URI endpoint;

        private Server(Process process, URI endpoint) {
            this.process = process;
            this.endpoint = endpoint;
        }

        static Server running() {
            if (running == null) {
                throw new IllegalStateException("dynalite is not running: extend the test class with @ExtendWith(Dynalite.class)");
            }
            return running;
        }

        static Server start() {
            requireNode();
            if (!Files.isDirectory(PACKAGE.resolve("node_modules/dynalite"))) {
                run(INSTALL_SECONDS, npm(), "ci", "--no-audit", "--no-fund", "--prefix", PACKAGE.toString());
            }
            try {
                Process process = new ProcessBuilder("node", PACKAGE.resolve("start.js").toString(), "0")
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
                BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                String line = CompletableFuture.supplyAsync(() -> {
                    try {
                        return out.readLine();
                    } catch (IOException e) {
                        return null;
                    }
                }).get(START_SECONDS, TimeUnit.SECONDS);
                if (line == null || !line.startsWith("listening ")) {
                    process.destroy();
                    throw new IllegalStateException("dynalite did not start (it said: " + line + ")");
                }
                running = new Server(process, URI.create("http://127.0.0.1:" + line.substring("listening ".length()).strip()));
                return running;
            } catch (IOException | ExecutionException e) {
                throw new IllegalStateException("could not start dynalite", e);
            } catch (TimeoutException e) {
                throw new IllegalStateException("dynalite did not start within " + START_SECONDS + " s", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            process.destroy();
            running = null;
        }

        private static void requireNode() {
            try {
                run(10, "node", "--version");
            } catch (IllegalStateException e) {
                throw new IllegalStateException("The DynamoDB tests run dynalite, which needs Node.js (18 or later) and npm. "
                        + "Install them (Debian or Ubuntu: apt-get install -y nodejs npm; or see nodejs.org), then run "
                        + "'npm ci --prefix src/test/dynalite' once, or let the tests run it. (" + e.getMessage() + ")", e);
            }
        }

        private static String npm() {
            return File.separatorChar == '\\' ? "npm.cmd" : "npm";
        }

        private static void run(long seconds, String... command) {
            try {
                Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " took longer than " + seconds + " s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue());
                }
            } catch (IOException e) {
                throw new IllegalStateException(command[0] + " was not found: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
