package crampcoach.handlers;

/** The question the skill asked last, which decides what a short answer ("yes", "the back") means. */
enum Awaiting {
    NOTHING,
    /** "Where is the cramp?" */
    WHERE,
    /** "Front or back of the thigh?" */
    THIGH_SIDE,
    /** "Has it eased?" after a routine. */
    EASED,
    /** "Would you like a stretch?" */
    WANTS_STRETCH
}
