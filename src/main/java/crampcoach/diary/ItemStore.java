package crampcoach.diary;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Items under the skill's own keys rather than a person's: what the skill remembers about a device
 * (its time zone) so that a function started cold need not ask Alexa again. Only a store that outlives
 * the process offers this; in memory, the skill's own caches do the same job better.
 */
public interface ItemStore {

    /**
     * The item's attributes, if there is one.
     *
     * @throws com.amazon.ask.exception.PersistenceException when the store cannot be reached in time
     */
    Optional<Map<String, Object>> readItem(String key);

    /**
     * Replaces the item: last writer wins, which suits values that any writer would write alike.
     *
     * @param expiresAt when the store may delete the item by itself: nothing the skill keeps about a
     *                  device is meant to outlive it (DynamoDB's time to live, see template.yaml)
     * @throws com.amazon.ask.exception.PersistenceException when the store cannot be reached in time
     */
    void writeItem(String key, Map<String, Object> attributes, Instant expiresAt);
}
