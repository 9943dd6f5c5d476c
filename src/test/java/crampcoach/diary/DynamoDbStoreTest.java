package crampcoach.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.exception.PersistenceException;
import com.amazon.ask.model.RequestEnvelope;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The DynamoDB store on a real DynamoDB-API engine (dynalite on loopback). */
@ExtendWith(Dynalite.class)
class DynamoDbStoreTest {

    private static final RequestEnvelope ANN = Envelopes.forUser("amzn1.ask.account.ANN");

    private String table;
    private AttributeStore store;

    @BeforeEach
    void freshTable() {
        table = Dynalite.newTable();
        store = Stores.create(StoreSettings.fromEnvironment(Dynalite.environment(table)));
    }

    @Test
    void whatIsSavedIsReadBackAndNothingIsThereBefore() {
        assertEquals(Optional.empty(), store.getAttributes(ANN));

        store.saveAttributes(ANN, Map.of("diary", List.of(Map.of("date", "2026-11-25", "muscle", "CALF")), "count", 3, "on", true));

        Map<String, Object> read = store.getAttributes(ANN).orElseThrow();
        assertEquals(List.of(Map.of("date", "2026-11-25", "muscle", "CALF")), read.get("diary"));
        assertEquals(new BigDecimal(3), read.get("count"));
        assertEquals(true, read.get("on"));
    }

    @Test
    void theItemHasTheLayoutOfTheSdksOwnDynamoDbAdapter() {
        store.saveAttributes(ANN, Map.of("diary", List.of()));

        try (DynamoDbClient client = Dynalite.client()) {
            Map<String, AttributeValue> item = client.getItem(get -> get.tableName(table)
                    .key(Map.of("id", AttributeValue.fromS("amzn1.ask.account.ANN")))).item();
            assertEquals("amzn1.ask.account.ANN", item.get("id").s());
            assertTrue(item.get("attributes").hasM());
            assertEquals("1", item.get("version").n());
        }
    }

    @Test
    void anItemWrittenByTheSdksV1AdapterReadsAsItWas() {
        try (DynamoDbClient client = Dynalite.client()) {
            client.putItem(put -> put.tableName(table).item(Map.of(
                    "id", AttributeValue.fromS("amzn1.ask.account.ANN"),
                    "attributes", AttributeValue.fromM(Map.of("visits", AttributeValue.fromN("7"))))));
        }

        assertEquals(new BigDecimal(7), store.getAttributes(ANN).orElseThrow().get("visits"));
        store.update(ANN, attributes -> {
            attributes.put("visits", 8);
            return attributes;
        });
        assertEquals(new BigDecimal(8), store.getAttributes(ANN).orElseThrow().get("visits"));
    }

    @Test
    void deletingRemovesTheItem() {
        store.saveAttributes(ANN, Map.of("diary", List.of()));

        store.deleteAttributes(ANN);

        assertEquals(Optional.empty(), store.getAttributes(ANN));
    }

    @Test
    void twoDevicesWritingAtOnceLoseNothing() throws Exception {
        int perWriter = 15;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        // Both devices write in the same instant, fifteen times over.
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (String device : List.of("kitchen", "bedroom")) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        together.await();
                        String entry = device + i;
                        store.update(ANN, attributes -> {
                            List<Object> entries = new ArrayList<>((List<?>) attributes.getOrDefault("entries", List.of()));
                            entries.add(entry);
                            attributes.put("entries", entries);
                            return attributes;
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<?> entries = (List<?>) store.getAttributes(ANN).orElseThrow().get("entries");
        assertEquals(2 * perWriter, entries.size(), "entries: " + entries);
        for (int i = 0; i < perWriter; i++) {
            assertTrue(entries.contains("kitchen" + i) && entries.contains("bedroom" + i), "lost write " + i);
        }
    }

    @Test
    void aStoreThatIsDownFailsAsThePersistenceExceptionTheSdkKnows() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        AttributeStore down = Stores.create(StoreSettings.fromEnvironment(Map.of(
                StoreSettings.TABLE_NAME, table, StoreSettings.ENDPOINT, "http://127.0.0.1:" + closedPort)));

        assertThrows(PersistenceException.class, () -> down.getAttributes(ANN));
        assertThrows(PersistenceException.class, () -> down.saveAttributes(ANN, Map.of()));
    }

    @Test
    void aStoreThatNeverAnswersFailsInsteadOfHanging() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            AttributeStore slow = Stores.create(StoreSettings.fromEnvironment(Map.of(
                    StoreSettings.TABLE_NAME, table, StoreSettings.ENDPOINT, "http://127.0.0.1:" + silent.port())));

            assertThrows(PersistenceException.class, () -> slow.getAttributes(ANN));
            assertThrows(PersistenceException.class, () -> slow.update(ANN, attributes -> new HashMap<>()));
        }
    }

    /** Accepts connections on loopback and never answers: a store that is slow beyond any timeout. */
    static final class SilentServer implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final Thread acceptor = new Thread(this::accept, "silent-store");

        SilentServer() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    accepted.add(socket.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket connection : accepted) {
                connection.close();
            }
        }
    }
}
