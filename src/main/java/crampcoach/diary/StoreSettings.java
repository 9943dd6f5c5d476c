package crampcoach.diary;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the diary lives, read once from the environment Lambda (or a test, or a local run) gives.
 *
 * @param tableName   TABLE_NAME; empty: an in-memory store
 * @param endpoint    AWS_ENDPOINT_URL_DYNAMODB, the AWS SDK's own variable for a local engine
 * @param region      AWS_REGION (Lambda sets it); with a local endpoint and none given, us-east-1
 * @param credentials how to sign requests
 */
public record StoreSettings(Optional<String> tableName, Optional<URI> endpoint, String region, Credentials credentials) {

    public static final String TABLE_NAME = "TABLE_NAME";
    public static final String ENDPOINT = "AWS_ENDPOINT_URL_DYNAMODB";

    /** The credentials the environment offers, most specific first. */
    public sealed interface Credentials {
    }

    /** Keys in the environment, as on Lambda without SnapStart. */
    public record Keys(String accessKeyId, String secretAccessKey, Optional<String> sessionToken) implements Credentials {
    }

    /** Lambda's credentials endpoint (AWS_CONTAINER_CREDENTIALS_FULL_URI), which SnapStart functions get instead of keys. */
    public record ContainerEndpoint() implements Credentials {
    }

    /** A local engine (dynalite) checks no signature; anything signs. */
    public record LocalEngine() implements Credentials {
    }

    /** Nothing in the environment: the AWS SDK's default chain (profiles, instance roles). */
    public record DefaultChain() implements Credentials {
    }

    public StoreSettings {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(credentials, "credentials");
        tableName = tableName.map(String::strip).filter(name -> !name.isEmpty());
    }

    public static StoreSettings fromEnvironment(Map<String, String> environment) {
        Optional<String> table = Optional.ofNullable(environment.get(TABLE_NAME));
        Optional<URI> endpoint = Optional.ofNullable(environment.get(ENDPOINT))
                .map(String::strip).filter(url -> !url.isEmpty()).map(URI::create);
        String region = Optional.ofNullable(environment.get("AWS_REGION"))
                .or(() -> Optional.ofNullable(environment.get("AWS_DEFAULT_REGION")))
                .orElse("us-east-1");
        return new StoreSettings(table, endpoint, region, credentials(environment, endpoint.isPresent()));
    }

    private static Credentials credentials(Map<String, String> environment, boolean localEndpoint) {
        String key = environment.get("AWS_ACCESS_KEY_ID");
        String secret = environment.get("AWS_SECRET_ACCESS_KEY");
        if (key != null && secret != null) {
            return new Keys(key, secret, Optional.ofNullable(environment.get("AWS_SESSION_TOKEN")));
        }
        if (environment.containsKey("AWS_CONTAINER_CREDENTIALS_FULL_URI")) {
            return new ContainerEndpoint();
        }
        return localEndpoint ? new LocalEngine() : new DefaultChain();
    }
}
