package crampcoach.speech;

import java.time.Duration;
import java.util.Objects;

/**
 * How much speech comes before a point in it: the words Alexa says and the silence of its breaks.
 * The breaks are exact; how long the words take is Alexa's, so it is only ever estimated, at
 * {@link Timeline#WORDS_PER_SECOND}.
 *
 * @param words   spoken words
 * @param silence the breaks, exactly as written
 */
public record SpokenLength(int words, Duration silence) {

    public static final SpokenLength ZERO = new SpokenLength(0, Duration.ZERO);

    public SpokenLength {
        Objects.requireNonNull(silence, "silence");
        if (words < 0 || silence.isNegative()) {
            throw new IllegalArgumentException("a length is never negative: " + words + " words, " + silence);
        }
    }

    public SpokenLength plus(SpokenLength other) {
        return new SpokenLength(words + other.words, silence.plus(other.silence));
    }

    /** The estimated time to say it, in seconds, when words go at {@code wordsPerSecond}. */
    public double seconds(double wordsPerSecond) {
        return words / wordsPerSecond + silence.toMillis() / 1000.0;
    }

    /** The length of finished SSML: its words outside tags, and the time of its breaks. */
    static SpokenLength of(String ssml) {
        int words = 0;
        long silenceMillis = 0;
        boolean inWord = false;
        int i = 0;
        while (i < ssml.length()) {
            char c = ssml.charAt(i);
            if (c == '<') {
                int end = ssml.indexOf('>', i);
                silenceMillis += breakMillis(ssml.substring(i, end + 1));
                inWord = false;
                i = end + 1;
                continue;
            }
            boolean wordChar = Character.isLetterOrDigit(c);
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar || (inWord && (c == '\'' || c == '-'));
            i++;
        }
        return new SpokenLength(words, Duration.ofMillis(silenceMillis));
    }

    private static long breakMillis(String tag) {
        String prefix = "<break time=\"";
        if (!tag.startsWith(prefix)) {
            return 0;
        }
        String value = tag.substring(prefix.length(), tag.indexOf('"', prefix.length()));
        return value.endsWith("ms")
                ? Long.parseLong(value.substring(0, value.length() - 2))
                : Long.parseLong(value.substring(0, value.length() - 1)) * 1000;
    }
}
