package crampcoach.diary;

import com.amazon.ask.attributes.AttributesManager;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.RequestEnvelope;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cramp diary: a count per day and muscle under one key of the person's persistent attributes,
 * a map from the day to its counts, {@code {"2026-11-30": "CALF=2,FOOT=1"}}: at most
 * {@value #KEEP_DAYS} short strings, so a note reads and writes a small item however many cramps
 * were noted (a list of one map per cramp cost a warm note ~3 ms at 200 entries; that shape was
 * never deployed, so it is not read). Reads go through the SDK's {@link AttributesManager} (the
 * persistence adapter the skill's builder was given); writes through the same store's conditional {@code update}, so that two
 * devices noting a cramp at once both count.
 *
 * <p>A diary is a convenience; the stretch is not. Whatever the store does (down, slow, refusing),
 * these methods return empty or false after a warning that names neither the person nor anything
 * they said, and the caller speaks its answer as usual.
 */
public final class Diary {

    /** The persistent attribute the diary lives in. */
    public static final String ATTRIBUTE = "crampDiary";
    /** Entries older than this are dropped whenever the diary is written. */
    static final int KEEP_DAYS = 90;
    /**
     * At most this many entries are kept, the newest: more than two a day for 90 days is no diary a
     * person keeps, and the tally a note builds must stay small whatever a script sends.
     */
    static final int MAX_ENTRIES = 200;

    private static final Logger LOG = LoggerFactory.getLogger(Diary.class);

    private final AttributeStore store;
    private final LocalZone zone;

    public Diary(AttributeStore store, LocalZone zone) {
        this.store = store;
        this.zone = zone;
    }

    /** The person's local day for this request: the device's time zone when known, otherwise UTC. */
    public LocalDate today(HandlerInput input) {
        ZoneId zoneId = zone.of(input).orElse(ZoneOffset.UTC);
        OffsetDateTime timestamp = input.getRequestEnvelope().getRequest().getTimestamp();
        return (timestamp == null ? OffsetDateTime.now(ZoneOffset.UTC) : timestamp).atZoneSameInstant(zoneId).toLocalDate();
    }

    /**
     * Notes a cramp in {@code muscle} (a slot value id, or {@link Entry#UNNAMED}) today and drops what
     * is older than {@value #KEEP_DAYS} days. The diary after it, or empty when it could not be written.
     */
    public Optional<Tally> note(HandlerInput input, String muscle) {
        LocalDate today = today(input);
        Entry entry = new Entry(today, muscle);
        List<List<Entry>> written = new ArrayList<>(1);
        try {
            store.update(input.getRequestEnvelope(), attributes -> {
                List<Entry> entries = recent(entriesIn(attributes), today);
                entries.add(entry);
                if (entries.size() > MAX_ENTRIES) {
                    entries = new ArrayList<>(entries.subList(entries.size() - MAX_ENTRIES, entries.size()));
                }
                attributes.put(ATTRIBUTE, stored(entries));
                written.clear();
                written.add(entries);
                return attributes;
            });
        } catch (RuntimeException e) {
            warn("write", e);
            return Optional.empty();
        }
        return Optional.of(new Tally(written.get(0), today));
    }

    /** The diary as of today, or empty when it could not be read. */
    public Optional<Tally> read(HandlerInput input) {
        try {
            Map<String, Object> attributes = input.getAttributesManager().getPersistentAttributes();
            return Optional.of(new Tally(entriesIn(attributes), today(input)));
        } catch (RuntimeException e) {
            warn("read", e);
            return Optional.empty();
        }
    }

    /** Deletes the person's item; false when the store could not be reached. */
    public boolean delete(RequestEnvelope envelope) {
        try {
            store.deleteAttributes(envelope);
            return true;
        } catch (RuntimeException e) {
            warn("delete", e);
            return false;
        }
    }


    /**
     * Only the kind of failure: an exception's message may carry a request's details, and the log
     * must never hold the user id or anything a person said.
     */
    private static void warn(String operation, RuntimeException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        LOG.warn("cramp diary {} failed ({}); answering without it", operation, cause.getClass().getSimpleName());
    }

    /** The entries stored under {@link #ATTRIBUTE}, oldest first; anything malformed is skipped. */
    static List<Entry> entriesIn(Map<String, Object> attributes) {
        List<Entry> entries = new ArrayList<>();
        if (attributes != null && attributes.get(ATTRIBUTE) instanceof Map<?, ?> days) {
            for (Map.Entry<?, ?> day : days.entrySet()) {
                if (day.getKey() instanceof String date && day.getValue() instanceof String counts) {
                    try {
                        addDay(entries, LocalDate.parse(date), counts);
                    } catch (DateTimeParseException | IllegalArgumentException | IndexOutOfBoundsException skipped) {
                        // A damaged day is dropped rather than stopping the diary.
                    }
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::date));
        return entries;
    }

    /** "CALF=2,FOOT=1": the muscle ids of one day with their counts. */
    private static void addDay(List<Entry> entries, LocalDate date, String counts) {
        for (String count : counts.split(",")) {
            int equals = count.indexOf('=');
            int times = Integer.parseInt(count.substring(equals + 1));
            Entry entry = new Entry(date, count.substring(0, equals));
            for (int i = 0; i < Math.min(times, MAX_ENTRIES); i++) {
                entries.add(entry);
            }
        }
    }

    private static List<Entry> recent(List<Entry> entries, LocalDate today) {
        LocalDate oldestKept = today.minusDays(KEEP_DAYS - 1L);
        List<Entry> kept = new ArrayList<>();
        for (Entry entry : entries) {
            if (!entry.date().isBefore(oldestKept)) {
                kept.add(entry);
            }
        }
        return kept;
    }

    private static Map<String, Object> stored(List<Entry> entries) {
        Map<LocalDate, Map<String, Integer>> days = new TreeMap<>();
        for (Entry entry : entries) {
            days.computeIfAbsent(entry.date(), day -> new TreeMap<>()).merge(entry.muscle(), 1, Integer::sum);
        }
        Map<String, Object> stored = new LinkedHashMap<>();
        for (Map.Entry<LocalDate, Map<String, Integer>> day : days.entrySet()) {
            StringJoiner counts = new StringJoiner(",");
            day.getValue().forEach((muscle, times) -> counts.add(muscle + "=" + times));
            stored.put(day.getKey().toString(), counts.toString());
        }
        return stored;
    }
}
