package crampcoach.speech;

import java.util.Objects;

/**
 * Finished SSML for one {@code outputSpeech}, without the outer {@code <speak>} element: the ASK SDK's
 * response builder adds that itself.
 */
public record Speech(String ssml) {

    /** Alexa's limit for {@code outputSpeech}, markup included. */
    public static final int MAX_CHARACTERS = 8000;

    public static final Speech EMPTY = new Speech("");

    private static final int SPEAK_ELEMENT_LENGTH = "<speak></speak>".length();

    public Speech {
        Objects.requireNonNull(ssml, "ssml");
        if (ssml.length() + SPEAK_ELEMENT_LENGTH > MAX_CHARACTERS) {
            throw new IllegalArgumentException("speech is " + (ssml.length() + SPEAK_ELEMENT_LENGTH)
                    + " characters with <speak>, over Alexa's " + MAX_CHARACTERS);
        }
    }

    public boolean isEmpty() {
        return ssml.isEmpty();
    }

    /** The whole document as Alexa receives it. */
    public String document() {
        return "<speak>" + ssml + "</speak>";
    }
}
