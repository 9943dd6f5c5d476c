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

    /**
     * The same speech in the night voice: softer and a little slower. Alexa's SSML offers two ways to
     * speak quietly, {@code <amazon:effect name="whispered">} and {@code <prosody volume>}. Whispered
     * speech is unvoiced, and unvoiced speech is markedly harder to follow for the older people who
     * have most night cramps (many with some hearing loss), in pain and half asleep; a whisper also
     * carries its hiss across a quiet bedroom. A soft volume keeps the normal voice at a lower level,
     * and a 90 % rate gives a calmer pace without stretching the timed holds, which are breaks.
     * A person who wants whispering can turn on Alexa's own Whisper Mode, which this leaves alone.
     */
    public Speech quietly() {
        return isEmpty() ? this : new Speech("<prosody volume=\"soft\" rate=\"90%\">" + ssml + "</prosody>");
    }

    /** The whole document as Alexa receives it. */
    public String document() {
        return "<speak>" + ssml + "</speak>";
    }
}
