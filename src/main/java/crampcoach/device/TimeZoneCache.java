package crampcoach.device;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** Where the skill keeps each device's time zone between requests, so it asks Alexa once a day. */
public interface TimeZoneCache {

    /** What is known of a device's zone, if anything is still fresh at {@code now}; may ask a store. */
    Optional<Entry> find(String deviceId, Instant now);

    /**
     * What this process already holds, without asking anyone: a red-flag answer must not wait on a
     * store either.
     */
    default Optional<Entry> peek(String deviceId, Instant now) {
        return find(deviceId, now);
    }

    /** Keeps an answer in this process, at once: the next turn finds it. */
    void put(String deviceId, Entry entry);

    /**
     * Also keeps it where functions started later will find it, if there is such a place. May be slow:
     * called after the turn has its answer.
     */
    default void share(String deviceId, Entry entry) {
    }

    /**
     * One answer from the Settings API.
     *
     * @param zone   empty when the lookup failed: remembered briefly so a failing API is not asked on
     *               every turn
     * @param readAt when the Settings API answered
     */
    record Entry(Optional<ZoneId> zone, Instant readAt) {

        static final Duration KEEP = Duration.ofHours(24);
        static final Duration KEEP_FAILURE = Duration.ofMinutes(15);

        public Entry {
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(readAt, "readAt");
        }

        /** A zone is good for a day; a failure is asked again after a quarter of an hour. */
        public Instant until() {
            return readAt.plus(zone.isPresent() ? KEEP : KEEP_FAILURE);
        }

        boolean freshAt(Instant now) {
            return until().isAfter(now);
        }
    }
}
