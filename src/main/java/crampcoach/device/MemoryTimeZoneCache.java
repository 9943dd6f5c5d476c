package crampcoach.device;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Time zones in the function's memory: enough for a warm Lambda, which serves many requests of the
 * same household in a night. Bounded, oldest first out, so a busy function cannot grow without end.
 */
public final class MemoryTimeZoneCache implements TimeZoneCache {

    static final int DEVICES = 10_000;

    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > DEVICES;
        }
    };

    @Override
    public synchronized Optional<Entry> find(String deviceId, Instant now) {
        Entry entry = entries.get(deviceId);
        if (entry == null || !entry.freshAt(now)) {
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    @Override
    public synchronized void put(String deviceId, Entry entry) {
        entries.put(deviceId, entry);
    }
}
