package crampcoach.device;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** Where the skill keeps each device's time zone between requests, so it asks Alexa once a day. */
public interface TimeZoneCache {

    /** What is known of a device's zone, if anything is still fresh at {@code now}. */
    Optional<Entry> find(String deviceId, Instant now);

    void put(String deviceId, Entry entry);

    /**
     * One answer from the Settings API, kept until {@code until}.
     *
     * @param zone empty when the lookup failed: remembered briefly so a failing API is not asked on
     *             every turn
     */
    record Entry(Optional<ZoneId> zone, Instant until) {
        public Entry {
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(until, "until");
        }
    }
}
