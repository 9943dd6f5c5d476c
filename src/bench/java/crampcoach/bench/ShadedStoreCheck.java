package crampcoach.bench;

import com.amazon.ask.exception.PersistenceException;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.system.SystemState;
import crampcoach.diary.AttributeStore;
import crampcoach.diary.ItemStore;
import crampcoach.diary.StoreSettings;
import crampcoach.diary.Stores;
import java.net.ServerSocket;
import java.util.HashMap;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The diary's store through the deployment jar, which the tests never load: the shade plugin's
 * minimizeJar removes the AWS SDK classes nothing references, and a class the SDK needed after all
 * would fail here (NoClassDefFoundError) rather than on a night when the table is busy. Every path the
 * skill takes through the SDK, the error paths included: read, first and versioned write, a write that
 * loses a race (ConditionalCheckFailedException, then a re-read), a dry run's never-true write, item
 * read and write, delete, a table that does not exist (the service's error unmarshalled into its
 * exception class), and a store that is down (the client's own exception, after its one retry).
 *
 * <p>Usage: {@code ShadedStoreCheck <endpoint> <table>}; prints one line per path and exits non-zero
 * on the first that does not behave.
 */
public final class ShadedStoreCheck {

    private ShadedStoreCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ShadedStoreCheck <endpoint> <table>");
            System.exit(2);
        }
        AttributeStore store = store(args[0], args[1]);
        RequestEnvelope person = envelope("amzn1.ask.account.shaded-store-check-" + System.nanoTime());

        expect(store.getAttributes(person).isEmpty(), "read of a new person finds nothing");
        store.update(person, attributes -> with(attributes, "count", 1));
        store.update(person, attributes -> with(attributes, "count", number(attributes) + 1));
        expect(number(store.getAttributes(person).orElseThrow()) == 2, "first and versioned write");

        boolean[] raced = {false};
        store.update(person, attributes -> {
            if (!raced[0]) {
                raced[0] = true;
                // Another device writes between this read and this write: the write's condition fails.
                store.update(person, other -> with(other, "count", number(other) + 10));
            }
            return with(attributes, "count", number(attributes) + 1);
        });
        expect(number(store.getAttributes(person).orElseThrow()) == 13, "a lost race is read again and re-applied");

        store.dryRun(() -> store.update(person, attributes -> with(attributes, "count", 0)));
        expect(number(store.getAttributes(person).orElseThrow()) == 13, "a dry run's write changes nothing");

        ItemStore items = (ItemStore) store;
        items.writeItem("shaded-check#item", Map.of("zone", "Europe/London"), Instant.now().plusSeconds(3600));
        expect(items.readItem("shaded-check#item").map(item -> item.get("zone")).equals(Optional.of("Europe/London")),
                "item write and read");

        store.deleteAttributes(person);
        expect(store.getAttributes(person).isEmpty(), "delete");

        expectFailure(() -> store(args[0], "no-such-table-" + System.nanoTime()).getAttributes(person),
                "a missing table", "ResourceNotFoundException");
        String down;
        try (ServerSocket free = new ServerSocket(0)) {
            down = "http://127.0.0.1:" + free.getLocalPort();
        }
        AttributeStore unreachable = store(down, args[1]);
        expectFailure(() -> unreachable.getAttributes(person), "a store that is down", "SdkClientException");
        System.out.println("shaded jar: the diary's store behaves on every path");
    }

    private static AttributeStore store(String endpoint, String table) {
        return Stores.create(StoreSettings.fromEnvironment(Map.of(
                StoreSettings.TABLE_NAME, table, StoreSettings.ENDPOINT, endpoint, "AWS_REGION", "us-east-1")));
    }

    private static RequestEnvelope envelope(String userId) {
        return RequestEnvelope.builder().withContext(Context.builder().withSystem(SystemState.builder()
                .withUser(User.builder().withUserId(userId).build()).build()).build()).build();
    }

    private static Map<String, Object> with(Map<String, Object> attributes, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(attributes);
        changed.put(key, value);
        return changed;
    }

    private static int number(Map<String, Object> attributes) {
        return ((Number) attributes.get("count")).intValue();
    }

    private static void expect(boolean held, String path) {
        if (!held) {
            throw new AssertionError("shaded jar: " + path + " did not behave");
        }
        System.out.println("ok: " + path);
    }

    private static void expectFailure(Runnable call, String path, String sdkException) {
        try {
            call.run();
        } catch (PersistenceException expected) {
            expect(expected.getMessage().endsWith(sdkException), path + " (" + expected.getMessage() + ")");
            return;
        }
        throw new AssertionError("shaded jar: " + path + " did not fail as a PersistenceException");
    }
}
