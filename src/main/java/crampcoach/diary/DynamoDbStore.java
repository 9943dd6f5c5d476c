package crampcoach.diary;

import com.amazon.ask.exception.PersistenceException;
import com.amazon.ask.model.RequestEnvelope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointProvider;
import software.amazon.awssdk.awscore.endpoints.AccountIdEndpointMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The SDK's persistence adapter on DynamoDB, through AWS SDK v2 and the JDK's HTTP client, with the
 * table layout of the ASK SDK's own (v1) {@code DynamoDbPersistenceAdapter}: the Alexa user id in the
 * string partition key {@code id}, the attributes as a map in {@code attributes}. So a table written
 * by a skill on that adapter reads here as it was. One attribute more, {@code version}, counts the
 * writes: every write is conditional on the version it read, so two devices writing at once both
 * land (the second reads again and re-applies its change).
 *
 * <p>A person in pain must not wait on a database: connecting and every read from the socket have a
 * {@value #ATTEMPT_MILLIS} ms timeout, and there is at most one retry; what fails is thrown as the SDK's {@link PersistenceException}, and
 * the diary decides to carry on without it.
 */
public final class DynamoDbStore implements AttributeStore, ItemStore {

    static final String KEY = "id";
    static final String ATTRIBUTES = "attributes";
    static final String VERSION = "version";
    /**
     * The table's time-to-live attribute (template.yaml): epoch seconds, top level, as DynamoDB
     * requires. Only the skill's own items carry it; a person's diary is deleted by them, never by age.
     */
    public static final String EXPIRES_AT = "expiresAt";
    static final long ATTEMPT_MILLIS = 300;
    static final long ATTEMPT_BACKSTOP_MILLIS = 1_500;
    /** How many times a conflicting write is re-read and re-applied before giving up. */
    private static final int WRITE_ATTEMPTS = 6;
    /** Up to this long, at random, between a lost race and the next try, so that two writers fall out of step. */
    private static final int CONFLICT_JITTER_MILLIS = 20;
    /** A condition no item can meet: a dry run's writes go all the way to DynamoDB and change nothing. */
    private static final String NEVER = "attribute_exists(#k) AND attribute_not_exists(#k)";

    /** Read instead of ~/.aws/config and ~/.aws/credentials, which a Lambda function does not have. */
    private static final ProfileFile NO_PROFILES = ProfileFile.builder()
            .content("").type(ProfileFile.Type.CONFIGURATION).build();

    private final DynamoDbClient client;
    private final String table;
    private final DryRun dryRun = new DryRun();

    public DynamoDbStore(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    /** The client as the skill uses it: the URL-connection HTTP client, short timeouts, one retry. */
    public static DynamoDbStore create(StoreSettings settings) {
        String table = settings.tableName().orElseThrow(() -> new IllegalArgumentException("no table name"));
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create(DynamoDbStore::connection))
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings.credentials()))
                // Cold start: the SDK's endpoint rules engine and account-based endpoints load and run
                // code that a GetItem and a PutItem on one table in one region never need.
                .endpointProvider(fixedEndpoint(settings))
                .accountIdEndpointMode(AccountIdEndpointMode.DISABLED)
                // Nor endpoint discovery or the profile files (~/.aws/config): the region and the
                // credentials are given above.
                .endpointDiscoveryEnabled(false)
                // The network gets ATTEMPT_MILLIS to connect and as long between bytes (the HTTP client's
                // timeouts above); the whole attempt a little more, because a JVM's first call also
                // loads the client's classes inside the attempt (about 0.3 to 1 CPU-second without a
                // SnapStart snapshot), and a cold start must not lose the diary to its own start-up.
                .overrideConfiguration(override -> override
                        .defaultProfileFileSupplier(() -> NO_PROFILES)
                        .defaultProfileFile(NO_PROFILES)
                        .apiCallAttemptTimeout(Duration.ofMillis(ATTEMPT_BACKSTOP_MILLIS))
                        .apiCallTimeout(Duration.ofMillis(2 * ATTEMPT_BACKSTOP_MILLIS + ATTEMPT_MILLIS))
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(2).build()));
        settings.endpoint().ifPresent(builder::endpointOverride);
        return new DynamoDbStore(builder.build(), table);
    }

    /**
     * The JDK's own connection with the short timeouts. Opening connections here rather than through
     * the HTTP client's builder spares a cold start the SSLContext that builder makes at once (a third
     * of the client's build, by a stack sampler): a plain http endpoint (the local engine) never needs
     * one, and for https the JDK makes its default one on the first connection, so on AWS the cost
     * moves to the first call rather than going away.
     */
    private static HttpURLConnection connection(URI uri) {
        HttpURLConnection connection;
        try {
            connection = (HttpURLConnection) uri.toURL().openConnection();
        } catch (IOException e) {
            // As the SDK's own factory does: opening (not connecting) fails only on a malformed URL.
            throw new UncheckedIOException(e);
        }
        connection.setConnectTimeout((int) ATTEMPT_MILLIS);
        connection.setReadTimeout((int) ATTEMPT_MILLIS);
        return connection;
    }

    /** DynamoDB's regional endpoint, or the local engine's, without the SDK's rules engine. */
    private static DynamoDbEndpointProvider fixedEndpoint(StoreSettings settings) {
        URI endpoint = settings.endpoint().orElseGet(() -> URI.create("https://dynamodb." + settings.region()
                + (settings.region().startsWith("cn-") ? ".amazonaws.com.cn" : ".amazonaws.com")));
        CompletableFuture<Endpoint> resolved = CompletableFuture.completedFuture(Endpoint.builder().url(endpoint).build());
        return params -> resolved;
    }

    private static AwsCredentialsProvider credentials(StoreSettings.Credentials credentials) {
        if (credentials instanceof StoreSettings.Keys keys) {
            return StaticCredentialsProvider.create(keys.sessionToken().isPresent()
                    ? AwsSessionCredentials.create(keys.accessKeyId(), keys.secretAccessKey(), keys.sessionToken().get())
                    : AwsBasicCredentials.create(keys.accessKeyId(), keys.secretAccessKey()));
        }
        if (credentials instanceof StoreSettings.ContainerEndpoint) {
            return ContainerCredentialsProvider.create();
        }
        if (credentials instanceof StoreSettings.LocalEngine) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    @Override
    public Optional<Map<String, Object>> getAttributes(RequestEnvelope envelope) {
        return read(AttributeStore.keyOf(envelope)).map(Item::attributes);
    }

    @Override
    public void update(RequestEnvelope envelope, UnaryOperator<Map<String, Object>> change) {
        String key = AttributeStore.keyOf(envelope);
        for (int attempt = 1; attempt <= WRITE_ATTEMPTS; attempt++) {
            Optional<Item> before = read(key);
            Map<String, Object> after = change.apply(before.map(Item::attributes).orElseGet(HashMap::new));
            long version = before.map(Item::version).orElse(0L);
            PutItemRequest.Builder put = PutItemRequest.builder()
                    .tableName(table)
                    .item(Map.of(
                            KEY, AttributeValue.fromS(key),
                            ATTRIBUTES, AttributeValue.fromM(toDynamo(after)),
                            VERSION, AttributeValue.fromN(Long.toString(version + 1))));
            if (dryRun.on()) {
                put.conditionExpression(NEVER).expressionAttributeNames(Map.of("#k", KEY));
            } else if (before.isPresent() && version > 0) {
                put.conditionExpression("#v = :v")
                        .expressionAttributeNames(Map.of("#v", VERSION))
                        .expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(version))));
            } else if (before.isPresent()) {
                // Written by the SDK's v1 adapter, which keeps no version: this is its first versioned write.
                put.conditionExpression("attribute_not_exists(#v)").expressionAttributeNames(Map.of("#v", VERSION));
            } else {
                put.conditionExpression("attribute_not_exists(#k)").expressionAttributeNames(Map.of("#k", KEY));
            }
            try {
                client.putItem(put.build());
                return;
            } catch (ConditionalCheckFailedException anotherWriterWasFirst) {
                if (dryRun.on()) {
                    return;
                }
                // Read what the other writer wrote and apply this change on top of it.
                pauseAfterConflict();
            } catch (SdkException e) {
                throw new PersistenceException("DynamoDB write failed: " + e.getClass().getSimpleName(), e);
            }
        }
        throw new PersistenceException("DynamoDB write kept conflicting with other writers");
    }

    private static void pauseAfterConflict() {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(1, CONFLICT_JITTER_MILLIS + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PersistenceException("interrupted while writing", e);
        }
    }

    @Override
    public void deleteAttributes(RequestEnvelope envelope) {
        String key = AttributeStore.keyOf(envelope);
        try {
            if (dryRun.on()) {
                client.deleteItem(request -> request.tableName(table).key(Map.of(KEY, AttributeValue.fromS(key)))
                        .conditionExpression(NEVER).expressionAttributeNames(Map.of("#k", KEY)));
            } else {
                client.deleteItem(request -> request.tableName(table).key(Map.of(KEY, AttributeValue.fromS(key))));
            }
        } catch (ConditionalCheckFailedException dryRunAsIntended) {
            // Only a dry run's delete carries a condition, and it never holds.
        } catch (SdkException e) {
            throw new PersistenceException("DynamoDB delete failed: " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public Optional<Map<String, Object>> readItem(String key) {
        return read(key).map(Item::attributes);
    }

    @Override
    public void writeItem(String key, Map<String, Object> attributes, Instant expiresAt) {
        PutItemRequest.Builder put = PutItemRequest.builder().tableName(table)
                .item(Map.of(KEY, AttributeValue.fromS(key), ATTRIBUTES, AttributeValue.fromM(toDynamo(attributes)),
                        EXPIRES_AT, AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond()))));
        if (dryRun.on()) {
            put.conditionExpression(NEVER).expressionAttributeNames(Map.of("#k", KEY));
        }
        try {
            client.putItem(put.build());
        } catch (ConditionalCheckFailedException dryRunAsIntended) {
            // Only a dry run's write carries a condition, and it never holds.
        } catch (SdkException e) {
            throw new PersistenceException("DynamoDB write failed: " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public String describe() {
        return "DynamoDB table " + table;
    }

    @Override
    public void dryRun(Runnable work) {
        dryRun.during(work);
    }

    private record Item(Map<String, Object> attributes, long version) {
    }

    private Optional<Item> read(String key) {
        GetItemResponse response;
        try {
            response = client.getItem(request -> request.tableName(table).consistentRead(true)
                    .key(Map.of(KEY, AttributeValue.fromS(key))));
        } catch (SdkException e) {
            throw new PersistenceException("DynamoDB read failed: " + e.getClass().getSimpleName(), e);
        }
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = response.item();
        AttributeValue attributes = item.get(ATTRIBUTES);
        AttributeValue version = item.get(VERSION);
        return Optional.of(new Item(
                attributes == null || !attributes.hasM() ? new HashMap<>() : fromDynamo(attributes.m()),
                version == null || version.n() == null ? 0L : Long.parseLong(version.n())));
    }

    /** Plain Java values as the v1 adapter's document API wrote them: strings, numbers, booleans, lists, maps. */
    static Map<String, AttributeValue> toDynamo(Map<String, Object> values) {
        Map<String, AttributeValue> converted = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            converted.put(entry.getKey(), toDynamo(entry.getValue()));
        }
        return converted;
    }

    private static AttributeValue toDynamo(Object value) {
        if (value == null) {
            return AttributeValue.fromNul(true);
        }
        if (value instanceof String text) {
            return AttributeValue.fromS(text);
        }
        if (value instanceof Number number) {
            return AttributeValue.fromN(number.toString());
        }
        if (value instanceof Boolean bool) {
            return AttributeValue.fromBool(bool);
        }
        if (value instanceof byte[] bytes) {
            return AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
        }
        if (value instanceof List<?> list) {
            List<AttributeValue> converted = new ArrayList<>();
            for (Object element : list) {
                converted.add(toDynamo(element));
            }
            return AttributeValue.fromL(converted);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, AttributeValue> converted = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                converted.put(String.valueOf(entry.getKey()), toDynamo(entry.getValue()));
            }
            return AttributeValue.fromM(converted);
        }
        throw new PersistenceException("cannot store a " + value.getClass().getSimpleName());
    }

    static Map<String, Object> fromDynamo(Map<String, AttributeValue> values) {
        Map<String, Object> converted = new HashMap<>();
        for (Map.Entry<String, AttributeValue> entry : values.entrySet()) {
            converted.put(entry.getKey(), fromDynamo(entry.getValue()));
        }
        return converted;
    }

    private static Object fromDynamo(AttributeValue value) {
        switch (value.type()) {
            case S: return value.s();
            case N: return new BigDecimal(value.n());
            case BOOL: return value.bool();
            case NUL: return null;
            case B: return value.b().asByteArray();
            case L: {
                List<Object> converted = new ArrayList<>();
                for (AttributeValue element : value.l()) {
                    converted.add(fromDynamo(element));
                }
                return converted;
            }
            case M: return fromDynamo(value.m());
            default: throw new PersistenceException("unexpected DynamoDB type " + value.type());
        }
    }
}
