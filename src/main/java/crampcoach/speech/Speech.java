package crampcoach.speech;

import java.util.List;
import java.util.Objects;

/**
 * Finished SSML for one {@code outputSpeech}, without the outer {@code <speak>} element: the ASK SDK's
 * response builder adds that itself.
 *
 * @param ssml  the markup
 * @param marks where in it a routine's steps begin and its holds are counted down, for a screen to
 *              follow (see {@link Timeline}); empty for speech that is not a routine
 */
public record Speech(String ssml, List<Mark> marks) {

    /** Alexa's limit for {@code outputSpeech}, markup included. */
    public static final int MAX_CHARACTERS = 8000;

    public static final Speech EMPTY = new Speech("");

    /** The night voice's rate, a fraction of Alexa's normal one (see {@link #quietly()}). */
    public static final double QUIET_RATE = 0.9;

    private static final int SPEAK_ELEMENT_LENGTH = "<speak></speak>".length();

    /**
     * A point in a routine's speech from which a screen shows step {@code step} (1-based; 0 is the
     * intro before the first step) and, when {@code countFrom} is above zero, counts down from
     * {@code countFrom} seconds over the next {@code counted} seconds, which are silence.
     *
     * @param at        what is said before this point
     * @param step      the step now under way
     * @param countFrom the seconds of the hold still to go when this point is reached; 0 for none
     * @param counted   the seconds of silence that follow, counted down on screen
     */
    public record Mark(SpokenLength at, int step, int countFrom, int counted) {
        public Mark {
            Objects.requireNonNull(at, "at");
            if (step < 0 || countFrom < 0 || counted < 0 || counted > countFrom) {
                throw new IllegalArgumentException("mark: step " + step + ", count from " + countFrom + " over " + counted);
            }
        }

        Mark after(SpokenLength before) {
            return new Mark(before.plus(at), step, countFrom, counted);
        }
    }

    public Speech {
        Objects.requireNonNull(ssml, "ssml");
        marks = List.copyOf(marks);
        if (ssml.length() + SPEAK_ELEMENT_LENGTH > MAX_CHARACTERS) {
            throw new IllegalArgumentException("speech is " + (ssml.length() + SPEAK_ELEMENT_LENGTH)
                    + " characters with <speak>, over Alexa's " + MAX_CHARACTERS);
        }
    }

    /** Speech with nothing on it for a screen to follow. */
    public Speech(String ssml) {
        this(ssml, List.of());
    }

    public boolean isEmpty() {
        return ssml.isEmpty();
    }

    /** What is said: its words and the silence of its breaks. */
    public SpokenLength length() {
        return SpokenLength.of(ssml);
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
        return isEmpty() ? this
                : new Speech("<prosody volume=\"soft\" rate=\"" + Math.round(QUIET_RATE * 100) + "%\">" + ssml + "</prosody>",
                        marks);
    }

    /** The whole document as Alexa receives it. */
    public String document() {
        return "<speak>" + ssml + "</speak>";
    }
}
