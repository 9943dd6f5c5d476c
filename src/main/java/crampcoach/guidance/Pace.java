package crampcoach.guidance;

/** How a routine is played: all at once, hands-free, or one step per request. */
public enum Pace {
    /** Every step with its timed hold in one response: nothing to say mid-cramp. */
    WHOLE,
    /** One step per response; the person says "next" when ready. */
    STEP_BY_STEP
}
