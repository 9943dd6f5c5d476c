package crampcoach.diary;

import com.amazon.ask.model.RequestEnvelope;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The store when no table is configured: the local console, most tests. Lives as long as the JVM;
 * each update is atomic per person, as the DynamoDB store's conditional writes are.
 */
public final class InMemoryStore implements AttributeStore {

    private final ConcurrentHashMap<String, Map<String, Object>> items = new ConcurrentHashMap<>();
    private final DryRun dryRun = new DryRun();

    @Override
    public Optional<Map<String, Object>> getAttributes(RequestEnvelope envelope) {
        return Optional.ofNullable(items.get(AttributeStore.keyOf(envelope))).map(HashMap::new);
    }

    @Override
    public void update(RequestEnvelope envelope, UnaryOperator<Map<String, Object>> change) {
        if (dryRun.on()) {
            change.apply(getAttributes(envelope).orElseGet(HashMap::new));
            return;
        }
        items.compute(AttributeStore.keyOf(envelope), (key, previous) ->
                java.util.Collections.unmodifiableMap(new HashMap<>(
                        change.apply(previous == null ? new HashMap<>() : new HashMap<>(previous)))));
    }

    @Override
    public void deleteAttributes(RequestEnvelope envelope) {
        if (dryRun.on()) {
            return;
        }
        items.remove(AttributeStore.keyOf(envelope));
    }

    @Override
    public String describe() {
        return "in memory";
    }

    @Override
    public void dryRun(Runnable work) {
        dryRun.during(work);
    }
}
