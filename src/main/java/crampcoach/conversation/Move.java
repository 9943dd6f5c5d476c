package crampcoach.conversation;

/** The built-in intents that move through a routine, with the intent each answers. */
public enum Move {
    NEXT(IntentNames.NEXT),
    PREVIOUS(IntentNames.PREVIOUS),
    REPEAT(IntentNames.REPEAT),
    START_OVER(IntentNames.START_OVER),
    RESUME(IntentNames.RESUME);

    private final String intent;

    Move(String intent) {
        this.intent = intent;
    }

    public String intent() {
        return intent;
    }
}
