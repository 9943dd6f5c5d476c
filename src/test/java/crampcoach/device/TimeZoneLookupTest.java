package crampcoach.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.model.services.ApiClientResponse;
import com.amazon.ask.model.services.DefaultApiConfiguration;
import com.amazon.ask.model.services.ServiceClientFactory;
import com.amazon.ask.util.JacksonSerializer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import crampcoach.diary.Dynalite;
import crampcoach.diary.DynamoDbStore;
import crampcoach.diary.ItemStore;
import crampcoach.diary.StoreSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class TimeZoneLookupTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T03:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final List<String> calls = new ArrayList<>();
    private int status = 200;
    private String body = "\"Europe/London\"";

    /** The SDK's service clients over an API client that answers as the test says. */
    private ServiceClientFactory clients() {
        return ServiceClientFactory.builder().withDefaultApiConfiguration(DefaultApiConfiguration.builder()
                .withApiClient(request -> {
                    calls.add(request.getMethod() + " " + request.getUrl());
                    ApiClientResponse response = new ApiClientResponse();
                    response.setStatusCode(status);
                    response.setHeaders(List.of());
                    response.setBody(body);
                    return response;
                })
                .withApiEndpoint("https://api.amazonalexa.com")
                .withAuthorizationValue("token")
                .withSerializer(new JacksonSerializer())
                .build()).build();
    }

    @Test
    void asksTheSettingsApiOnceAndKeepsTheAnswerForADay() {
        TimeZoneLookup lookup = new TimeZoneLookup(new MemoryTimeZoneCache(), clock);
        assertEquals(Optional.empty(), lookup.known("echo"));
        assertEquals(Optional.of(ZoneId.of("Europe/London")), lookup.find("echo", clients()));
        assertEquals(List.of("GET https://api.amazonalexa.com/v2/devices/echo/settings/System.timeZone"), calls);

        clock.advance(Duration.ofHours(23));
        assertEquals(Optional.of(ZoneId.of("Europe/London")), lookup.find("echo", clients()));
        assertEquals(Optional.of(ZoneId.of("Europe/London")), lookup.known("echo"));
        assertEquals(1, calls.size());

        clock.advance(Duration.ofHours(2));
        assertEquals(Optional.empty(), lookup.known("echo"));
        lookup.find("echo", clients());
        assertEquals(2, calls.size());
    }

    @Test
    void aFailureIsRememberedBrieflyThenAskedAgain() {
        TimeZoneLookup lookup = new TimeZoneLookup(new MemoryTimeZoneCache(), clock);
        status = 403;
        body = "{\"type\":\"FORBIDDEN\",\"message\":\"no\"}";
        assertEquals(Optional.empty(), lookup.find("echo", clients()));
        assertEquals(Optional.empty(), lookup.find("echo", clients()));
        assertEquals(1, calls.size());

        clock.advance(TimeZoneLookup.KEEP_FAILURE.plusSeconds(1));
        status = 200;
        body = "\"Australia/Sydney\"";
        assertEquals(Optional.of(ZoneId.of("Australia/Sydney")), lookup.find("echo", clients()));
        assertEquals(2, calls.size());
    }

    @Test
    void aZoneJavaDoesNotKnowCountsAsAFailure() {
        TimeZoneLookup lookup = new TimeZoneLookup(new MemoryTimeZoneCache(), clock);
        body = "\"Mars/Olympus_Mons\"";
        assertEquals(Optional.empty(), lookup.find("echo", clients()));
    }

    @Test
    void eachDeviceHasItsOwnZone() {
        TimeZoneLookup lookup = new TimeZoneLookup(new MemoryTimeZoneCache(), clock);
        lookup.find("kitchen", clients());
        body = "\"America/Chicago\"";
        assertEquals(Optional.of(ZoneId.of("America/Chicago")), lookup.find("bedroom", clients()));
        assertEquals(Optional.of(ZoneId.of("Europe/London")), lookup.known("kitchen"));
    }

    @Nested
    @DisplayName("kept in the diary's table (dynalite), behind memory")
    @ExtendWith(Dynalite.class)
    class InTheStore {

        private String table;
        private final List<String> storeCalls = new java.util.concurrent.CopyOnWriteArrayList<>();

        @BeforeEach
        void freshTable() {
            table = Dynalite.newTable();
        }

        /** A function started cold: its own memory, its own client on the same table. */
        private TimeZoneLookup coldFunction() {
            return coldFunction(Dynalite.environment(table));
        }

        private TimeZoneLookup coldFunction(Map<String, String> environment) {
            return coldFunction(environment, TimeZoneLookup.STORE_HEAD_START);
        }

        private TimeZoneLookup coldFunction(Map<String, String> environment, Duration storeHeadStart) {
            ItemStore store = DynamoDbStore.create(StoreSettings.fromEnvironment(environment));
            ItemStore counted = new ItemStore() {
                @Override
                public Optional<Map<String, Object>> readItem(String key) {
                    storeCalls.add("read");
                    return store.readItem(key);
                }

                @Override
                public void writeItem(String key, Map<String, Object> attributes, Instant expiresAt) {
                    try {
                        store.writeItem(key, attributes, expiresAt);
                    } finally {
                        storeCalls.add("write"); // once it has landed or failed: what the tests wait for
                    }
                }
            };
            return new TimeZoneLookup(new StoredTimeZoneCache(counted, new MemoryTimeZoneCache()), clock, storeHeadStart);
        }

        /** The store is written on the worker after the turn has its answer: wait for it, with no deadline to meet. */
        private void awaitStoreCalls(int count) throws InterruptedException {
            for (int tries = 0; tries < 200 && storeCalls.size() < count; tries++) {
                Thread.sleep(25);
            }
        }

        private List<Map<String, AttributeValue>> items() {
            try (DynamoDbClient client = Dynalite.client()) {
                return client.scan(request -> request.tableName(table)).items();
            }
        }

        @Test
        void aSecondFunctionReadsTheZoneTheFirstAskedForAndAWarmOneAsksNoStore() throws InterruptedException {
            TimeZoneLookup first = coldFunction();
            assertEquals(Optional.of(ZoneId.of("Europe/London")), first.find("amzn1.ask.device.BEDROOM", clients()));
            awaitStoreCalls(2);
            assertEquals(List.of("read", "write"), storeCalls);
            assertEquals(Optional.of(ZoneId.of("Europe/London")), first.find("amzn1.ask.device.BEDROOM", clients()));
            assertEquals(List.of("read", "write"), storeCalls, "warm: memory answers, no store call");

            // Whether the store answers inside its 300 ms head start is the machine's load, not this
            // test's point; within the turn's wait it may take longer here and still be read first.
            TimeZoneLookup second = coldFunction(Dynalite.environment(table), TimeZoneLookup.WAIT.minusMillis(100));
            assertEquals(Optional.empty(), second.known("amzn1.ask.device.BEDROOM"), "a red flag asks no store");
            clock.advance(Duration.ofHours(23));
            assertEquals(Optional.of(ZoneId.of("Europe/London")), second.find("amzn1.ask.device.BEDROOM", clients()));
            assertEquals(Optional.of(ZoneId.of("Europe/London")), second.known("amzn1.ask.device.BEDROOM"));
            assertEquals(1, calls.size(), "the second function did not ask Alexa");
            assertEquals(List.of("read", "write", "read"), storeCalls);
        }

        @Test
        void theItemHoldsTheZoneAndWhenItWasReadUnderAHashOfTheDeviceAndExpiresAfterItsDay() throws InterruptedException {
            coldFunction().find("amzn1.ask.device.BEDROOM", clients());
            awaitStoreCalls(2);
            List<Map<String, AttributeValue>> items = items();
            assertEquals(1, items.size());
            Map<String, AttributeValue> item = items.get(0);
            assertEquals(StoredTimeZoneCache.key("amzn1.ask.device.BEDROOM"), item.get("id").s());
            assertTrue(item.get("id").s().matches("device#[0-9a-f]{64}"), item.toString());
            assertEquals(Set.of("id", "attributes", "expiresAt"), item.keySet());
            // DynamoDB's time to live (template.yaml): epoch seconds, a little over the day the zone is good for.
            assertEquals(AttributeValue.fromN(Long.toString(clock.instant().plus(Duration.ofHours(25)).getEpochSecond())),
                    item.get(DynamoDbStore.EXPIRES_AT));
            assertEquals(Map.of("zone", AttributeValue.fromS("Europe/London"),
                    "readAt", AttributeValue.fromN(Long.toString(clock.instant().toEpochMilli()))), item.get("attributes").m());
            assertFalse(items.toString().contains("BEDROOM"), items.toString());
        }

        @Test
        void aZoneOlderThanADayIsAskedForAgain() throws InterruptedException {
            coldFunction().find("amzn1.ask.device.BEDROOM", clients());
            awaitStoreCalls(2);
            clock.advance(Duration.ofHours(24).plusMinutes(1));
            body = "\"Europe/Dublin\"";
            assertEquals(Optional.of(ZoneId.of("Europe/Dublin")), coldFunction().find("amzn1.ask.device.BEDROOM", clients()));
            assertEquals(2, calls.size());
            awaitStoreCalls(4);
            assertEquals(AttributeValue.fromS("Europe/Dublin"), items().get(0).get("attributes").m().get("zone"));
        }

        @Test
        void aFailedLookupIsNotStored() {
            status = 403;
            body = "{\"type\":\"FORBIDDEN\",\"message\":\"no\"}";
            assertEquals(Optional.empty(), coldFunction().find("amzn1.ask.device.BEDROOM", clients()));
            assertEquals(List.of(), items());
        }

        @Test
        void aStoreThatIsDownLeavesTheMemoryPath() throws IOException, InterruptedException {
            int closed;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                closed = socket.getLocalPort();
            }
            TimeZoneLookup lookup = coldFunction(Map.of(StoreSettings.TABLE_NAME, table,
                    StoreSettings.ENDPOINT, "http://127.0.0.1:" + closed, "AWS_REGION", "us-east-1"));
            assertEquals(Optional.of(ZoneId.of("Europe/London")), lookup.find("amzn1.ask.device.BEDROOM", clients()));
            assertEquals(Optional.of(ZoneId.of("Europe/London")), lookup.find("amzn1.ask.device.BEDROOM", clients()));
            assertEquals(Optional.of(ZoneId.of("Europe/London")), lookup.known("amzn1.ask.device.BEDROOM"));
            assertEquals(1, calls.size());
            awaitStoreCalls(2);
            assertEquals(List.of("read", "write"), storeCalls);
        }

        @Test
        void aStoreSlowerThanItsHeadStartDoesNotKeepTheTurnFromAlexasAnswer() {
            java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
            ItemStore silent = new ItemStore() {
                @Override
                public Optional<Map<String, Object>> readItem(String key) {
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Optional.empty();
                }

                @Override
                public void writeItem(String key, Map<String, Object> attributes, Instant expiresAt) {
                    storeCalls.add("write");
                }
            };
            TimeZoneLookup lookup = new TimeZoneLookup(new StoredTimeZoneCache(silent, new MemoryTimeZoneCache()), clock);
            try {
                assertEquals(Optional.of(ZoneId.of("Europe/London")), lookup.find("amzn1.ask.device.BEDROOM", clients()));
                assertEquals(1, calls.size());
            } finally {
                never.countDown();
            }
        }
    }
}
