package crampcoach.diary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The diary seen from one day: counts over the last days, by muscle, and the latest entry.
 *
 * @param entries the diary, oldest first
 * @param today   the person's local day
 */
public record Tally(List<Entry> entries, LocalDate today) {

    /** Cramps this often are worth telling a doctor about: four within a week, or eight within 30 days. */
    public static final int WEEK = 7;
    public static final int MONTH = 30;
    static final int FREQUENT_IN_A_WEEK = 4;
    static final int FREQUENT_IN_A_MONTH = 8;

    public Tally {
        entries = List.copyOf(entries);
    }

    /** The entries of the last {@code days} days, today included. */
    public List<Entry> within(int days) {
        LocalDate first = today.minusDays(days - 1L);
        List<Entry> recent = new ArrayList<>();
        for (Entry entry : entries) {
            if (!entry.date().isBefore(first) && !entry.date().isAfter(today)) {
                recent.add(entry);
            }
        }
        return recent;
    }

    /** How many cramps per muscle in the last {@code days} days, most frequent first. */
    public Map<String, Integer> byMuscle(int days) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Entry entry : within(days)) {
            counts.merge(entry.muscle(), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort((a, b) -> b.getValue() - a.getValue());
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> count : sorted) {
            ordered.put(count.getKey(), count.getValue());
        }
        return ordered;
    }

    public Optional<Entry> last() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }

    public long daysSince(Entry entry) {
        return ChronoUnit.DAYS.between(entry.date(), today);
    }

    /**
     * When the cramp just noted is the one that makes them frequent (the fourth in a week, or the
     * eighth in 30 days), the count and the days to say; otherwise empty, so the advice comes once
     * per crossing and not after every later cramp.
     */
    public Optional<Frequent> frequentJustNow() {
        if (within(WEEK).size() == FREQUENT_IN_A_WEEK) {
            return Optional.of(new Frequent(FREQUENT_IN_A_WEEK, WEEK));
        }
        if (within(MONTH).size() == FREQUENT_IN_A_MONTH) {
            return Optional.of(new Frequent(FREQUENT_IN_A_MONTH, MONTH));
        }
        return Optional.empty();
    }

    /** "That's {count} cramps in the last {days} days." */
    public record Frequent(int count, int days) {
    }
}
