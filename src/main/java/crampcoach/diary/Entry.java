package crampcoach.diary;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One cramp in the diary: the day and the muscle, nothing else. The muscle is a slot value id from
 * the interaction model (CALF, FOOT…) or {@value #UNNAMED}; the constructor refuses anything else, so
 * no words a person said, and no symptom, can reach the store through an entry.
 */
public record Entry(LocalDate date, String muscle) {

    public static final String UNNAMED = "UNNAMED";
    private static final Pattern MUSCLE_ID = Pattern.compile("[A-Z][A-Z_]{0,30}");

    public Entry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(muscle, "muscle");
        if (!MUSCLE_ID.matcher(muscle).matches()) {
            throw new IllegalArgumentException("a muscle id, not free text, is stored");
        }
    }
}
