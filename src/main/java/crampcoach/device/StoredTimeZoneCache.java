package crampcoach.device;

import crampcoach.diary.ItemStore;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Time zones in the diary's table, behind the in-memory cache: a function started cold reads the
 * zone another one already asked Alexa for, and a warm one answers from memory without a store call.
 *
 * <p>One item per device, keyed {@code device#} + the SHA-256 of the device id, so neither the table
 * nor a log line carries the id itself. It holds the zone id and when Alexa gave it, nothing about
 * the person, and expires a little after its day of use, so it does not outlive the device. Only zones are written: a failed lookup stays in memory, briefly, as before. Any store
 * error is logged by class name and the lookup carries on as if memory were all there is.
 */
public final class StoredTimeZoneCache implements TimeZoneCache {

    static final String ZONE = "zone";
    static final String READ_AT = "readAt";

    /**
     * How long an item outlives its day of use before DynamoDB may delete it: a little, so a function
     * never reads an item in the instant it goes (the code ignores a stale one anyway). DynamoDB
     * deletes expired items within a few days, not at once.
     */
    static final Duration EXPIRY_MARGIN = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(StoredTimeZoneCache.class);

    private final ItemStore store;
    private final TimeZoneCache memory;

    public StoredTimeZoneCache(ItemStore store, TimeZoneCache memory) {
        this.store = Objects.requireNonNull(store, "store");
        this.memory = Objects.requireNonNull(memory, "memory");
    }

    @Override
    public Optional<Entry> peek(String deviceId, Instant now) {
        return memory.find(deviceId, now);
    }

    @Override
    public Optional<Entry> find(String deviceId, Instant now) {
        Optional<Entry> remembered = memory.find(deviceId, now);
        if (remembered.isPresent()) {
            return remembered;
        }
        Optional<Entry> stored;
        try {
            stored = store.readItem(key(deviceId)).flatMap(StoredTimeZoneCache::entry).filter(entry -> entry.freshAt(now));
        } catch (RuntimeException e) {
            LOG.warn("time zone store read failed ({}); asking Alexa", e.getClass().getSimpleName());
            return Optional.empty();
        }
        stored.ifPresent(entry -> memory.put(deviceId, entry));
        return stored;
    }

    @Override
    public void put(String deviceId, Entry entry) {
        memory.put(deviceId, entry);
    }

    @Override
    public void share(String deviceId, Entry entry) {
        if (entry.zone().isEmpty()) {
            return;
        }
        try {
            store.writeItem(key(deviceId), Map.of(
                    ZONE, entry.zone().get().getId(),
                    READ_AT, entry.readAt().toEpochMilli()), entry.until().plus(EXPIRY_MARGIN));
        } catch (RuntimeException e) {
            LOG.warn("time zone store write failed ({}); kept in memory", e.getClass().getSimpleName());
        }
    }

    /** The item key for a device: its id hashed, so the table holds no device id. */
    static String key(String deviceId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(deviceId.getBytes(StandardCharsets.UTF_8));
            return "device#" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The stored item as an entry; an item this code did not write (or a zone Java lost) is no entry. */
    private static Optional<Entry> entry(Map<String, Object> item) {
        if (!(item.get(ZONE) instanceof String zone) || !(item.get(READ_AT) instanceof BigDecimal readAt)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Entry(Optional.of(ZoneId.of(zone)), Instant.ofEpochMilli(readAt.longValueExact())));
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
