package crampcoach.safety;

/** How soon a person needs medical help; declared from least to most severe, so order compares. */
public enum Urgency {
    /** No red flag heard: the skill may guide the stretch. */
    NONE,
    /** Worth mentioning to a doctor; the skill may still help with the cramp. */
    ADVISORY,
    /** See a doctor today or right away; no stretch is guided. */
    URGENT,
    /** Call the emergency number now; the session ends. */
    EMERGENCY;

    /** Whether this level is at least as severe as {@code other}. */
    public boolean atLeast(Urgency other) {
        return compareTo(other) >= 0;
    }
}
