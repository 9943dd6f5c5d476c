package crampcoach.diary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks the store the settings ask for, and says once in the log which one it is. */
public final class Stores {

    private static final Logger LOG = LoggerFactory.getLogger(Stores.class);

    private Stores() {
    }

    public static AttributeStore create(StoreSettings settings) {
        AttributeStore store = settings.tableName().isPresent() ? DynamoDbStore.create(settings) : new InMemoryStore();
        if (settings.tableName().isEmpty()) {
            LOG.info("no {} set: the cramp diary is kept in memory and forgotten when this process ends", StoreSettings.TABLE_NAME);
        } else {
            LOG.info("cramp diary: {}", store.describe());
        }
        return store;
    }
}
