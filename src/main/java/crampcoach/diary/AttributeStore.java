package crampcoach.diary;

import com.amazon.ask.attributes.persistence.PersistenceAdapter;
import com.amazon.ask.model.RequestEnvelope;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The SDK's persistence adapter, plus the one operation two devices writing at once need: a
 * read-change-write that loses neither write. {@link #saveAttributes} is that operation with a change
 * that replaces everything, so the SDK's own {@code savePersistentAttributes} is safe too.
 */
public interface AttributeStore extends PersistenceAdapter {

    /**
     * Reads the person's attributes (empty when there are none), applies {@code change} and writes the
     * result only if nobody wrote in between; otherwise reads again and re-applies, a few times.
     *
     * @throws com.amazon.ask.exception.PersistenceException when the store cannot be
     *     reached in time or another writer kept winning
     */
    void update(RequestEnvelope envelope, UnaryOperator<Map<String, Object>> change);

    /** A short name for the log: which kind of store this is. */
    String describe();

    /**
     * Runs {@code work} (SnapStart priming's canned requests) with every read done as usual but every
     * write and delete sent in a form that cannot change anything: the client, its connection and its
     * marshalling are warmed, and no item is written. Single-threaded use only: priming runs before
     * the snapshot, when no request can arrive.
     */
    void dryRun(Runnable work);

    @Override
    default void saveAttributes(RequestEnvelope envelope, Map<String, Object> attributes) {
        update(envelope, previous -> attributes);
    }

    /** The item key, as the SDK's own DynamoDB adapter derives it by default: the Alexa user id. */
    static String keyOf(RequestEnvelope envelope) {
        if (envelope.getContext() == null || envelope.getContext().getSystem() == null
                || envelope.getContext().getSystem().getUser() == null
                || envelope.getContext().getSystem().getUser().getUserId() == null) {
            throw new com.amazon.ask.exception.PersistenceException("the request names no user");
        }
        return envelope.getContext().getSystem().getUser().getUserId();
    }
}
