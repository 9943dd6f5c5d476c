package crampcoach.conversation;

/** The question the skill asked last, which decides what a short answer ("yes", "the back") means. */
public enum Awaiting {
    NOTHING,
    /** "Where is the cramp?" */
    WHERE,
    /** "Front or back of the thigh?" */
    THIGH_SIDE,
    /** "Your calf, your thigh, or your foot?" after "my leg". */
    LEG_PART,
    /** A routine's safety question, such as "did this start after a fall?", before its first step. */
    SAFETY_CHECK,
    /** "Has it eased?" after a routine. */
    EASED,
    /** "Would you like a stretch?" */
    WANTS_STRETCH,
    /** "Do you want me to delete your cramp diary?" */
    DELETE_DIARY,
    /** "Can you stand safely?", at night, before any standing stretch. */
    CAN_STAND,
    /** The safety gate's one question before any stretch, when it is unsure: "is there chest pain ...?" */
    RED_FLAG_CHECK
}
