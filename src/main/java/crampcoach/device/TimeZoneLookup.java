package crampcoach.device;

import com.amazon.ask.model.services.ServiceClientFactory;
import com.amazon.ask.model.services.ServiceException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A device's time zone, asked of the Alexa Settings API through the SDK's {@code UpsServiceClient}
 * once a day per device and kept in a {@link TimeZoneCache}.
 *
 * <p>The network gets {@link #NETWORK_TIMEOUT} to connect and as long again to answer (the API
 * client's timeouts). The call runs on a worker thread and a turn waits for it at most {@link #WAIT}:
 * that also covers what the client's timeouts do not (a slow DNS lookup) and the first call's class
 * loading in a fresh JVM, which on a busy two-core machine takes longer than the network itself. An
 * answer that comes later still lands in the cache for the next turn, and no second call starts
 * while one is in flight. A failure is remembered for {@link #KEEP_FAILURE}, so a failing API is not
 * on every turn's path.
 */
public final class TimeZoneLookup {

    /** How long the Settings API may take to accept the connection, and again to answer. */
    public static final Duration NETWORK_TIMEOUT = Duration.ofMillis(300);
    /** Alexa gives a skill about eight seconds; a time zone is worth at most this much of it. */
    public static final Duration WAIT = Duration.ofMillis(800);
    /** How long the store may take before Alexa is asked too: the store's own short timeout. */
    static final Duration STORE_HEAD_START = Duration.ofMillis(300);
    static final Duration KEEP = TimeZoneCache.Entry.KEEP;
    static final Duration KEEP_FAILURE = TimeZoneCache.Entry.KEEP_FAILURE;

    private static final Logger LOG = LoggerFactory.getLogger(TimeZoneLookup.class);

    private final TimeZoneCache cache;
    private final Clock clock;
    private final Duration storeHeadStart;
    private final ConcurrentMap<String, CompletableFuture<Optional<ZoneId>>> inFlight = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "time-zone-lookup");
        thread.setDaemon(true);
        return thread;
    });

    public TimeZoneLookup(TimeZoneCache cache, Clock clock) {
        this(cache, clock, STORE_HEAD_START);
    }

    /** With another head start for the store: a test on a loaded machine gives a store it reads more time. */
    TimeZoneLookup(TimeZoneCache cache, Clock clock, Duration storeHeadStart) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.storeHeadStart = Objects.requireNonNull(storeHeadStart, "storeHeadStart");
    }

    /** The zone this process already knows for a device, without asking anyone: what a red-flag answer uses. */
    public Optional<ZoneId> known(String deviceId) {
        return cache.peek(deviceId, clock.instant()).flatMap(TimeZoneCache.Entry::zone);
    }

    /** The device's zone, from the cache or from the Settings API within {@link #WAIT}; empty on any failure. */
    public Optional<ZoneId> find(String deviceId, ServiceClientFactory clients) {
        Optional<TimeZoneCache.Entry> cached = cache.peek(deviceId, clock.instant());
        if (cached.isPresent()) {
            return cached.get().zone();
        }
        CompletableFuture<Optional<ZoneId>> call = inFlight.computeIfAbsent(deviceId, id -> ask(id, clients));
        call.whenComplete((zone, failure) -> inFlight.remove(deviceId, call));
        try {
            return call.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("no time zone within {} ms; this turn goes without", WAIT.toMillis());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    /**
     * The store first (a warm or restored function reads it in milliseconds), but a function started
     * cold without a snapshot loads the store's client on that first read, which can take longer than
     * the Settings API itself: after {@link #STORE_HEAD_START} without a zone from the store, Alexa is
     * asked as well. The answer goes to the turn before the store is written, so a slow write never
     * costs the turn its zone.
     */
    private CompletableFuture<Optional<ZoneId>> ask(String deviceId, ServiceClientFactory clients) {
        CompletableFuture<Optional<ZoneId>> answer = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> cache.find(deviceId, clock.instant()), workers)
                .completeOnTimeout(Optional.empty(), storeHeadStart.toMillis(), TimeUnit.MILLISECONDS)
                .whenCompleteAsync((stored, failure) -> {
                    try {
                        if (stored != null && stored.isPresent()) {
                            answer.complete(stored.get().zone());
                            return;
                        }
                        Optional<ZoneId> zone = call(deviceId, clients);
                        TimeZoneCache.Entry fresh = new TimeZoneCache.Entry(zone, clock.instant());
                        cache.put(deviceId, fresh);
                        answer.complete(zone);
                        cache.share(deviceId, fresh);
                    } finally {
                        answer.complete(Optional.empty());
                    }
                }, workers);
        return answer;
    }

    private static Optional<ZoneId> call(String deviceId, ServiceClientFactory clients) {
        try {
            String zone = clients.getUpsService().getSystemTimeZone(deviceId);
            return zone == null || zone.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(zone));
        } catch (ServiceException e) {
            LOG.warn("Settings API answered {} for the time zone", e.getStatusCode());
        } catch (DateTimeException e) {
            LOG.warn("Settings API sent a time zone Java does not know");
        } catch (RuntimeException e) {
            LOG.warn("Settings API call failed: {}", e.toString());
        }
        return Optional.empty();
    }
}
