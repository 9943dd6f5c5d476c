package crampcoach.guidance;

/** How unhurried a round of a routine is. */
public enum Tempo {
    /** The holds as written: the first round. */
    FIRST,
    /**
     * "Once more, slowly": each step's longer hold, and a short rest between steps. Played when a
     * person says the cramp has not eased.
     */
    SLOWER
}
