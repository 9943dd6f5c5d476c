package crampcoach.speech;

import java.time.Duration;

/**
 * Builds {@link Speech} from plain sentences and pauses. Not thread-safe: make one per response.
 */
public final class SpeechBuilder {

    /** Alexa ignores or rejects a single break longer than this, so longer holds are chained. */
    public static final Duration LONGEST_BREAK = Duration.ofSeconds(10);

    private final StringBuilder ssml = new StringBuilder();

    /** Adds a sentence or several; blank text adds nothing. */
    public SpeechBuilder say(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        separate();
        ssml.append(escape(text.strip()));
        return this;
    }

    /** Adds silence, split into breaks of at most ten seconds. */
    public SpeechBuilder pause(Duration length) {
        if (length.isNegative()) {
            throw new IllegalArgumentException("pause must not be negative: " + length);
        }
        long remainingMillis = length.toMillis();
        while (remainingMillis > 0) {
            long chunk = Math.min(remainingMillis, LONGEST_BREAK.toMillis());
            ssml.append(chunk % 1000 == 0
                    ? "<break time=\"" + chunk / 1000 + "s\"/>"
                    : "<break time=\"" + chunk + "ms\"/>");
            remainingMillis -= chunk;
        }
        return this;
    }

    public SpeechBuilder append(Speech speech) {
        if (!speech.isEmpty()) {
            separate();
            ssml.append(speech.ssml());
        }
        return this;
    }

    public Speech build() {
        return new Speech(ssml.toString());
    }

    private void separate() {
        if (ssml.length() > 0 && !endsWithBreak()) {
            ssml.append(' ');
        }
    }

    private boolean endsWithBreak() {
        return ssml.charAt(ssml.length() - 1) == '>';
    }

    /** The SDK's withSpeech passes text through unescaped; a stray ampersand would make Alexa reject it. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
