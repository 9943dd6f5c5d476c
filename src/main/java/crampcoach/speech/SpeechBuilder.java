package crampcoach.speech;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link Speech} from plain sentences and pauses. Not thread-safe: make one per response.
 */
public final class SpeechBuilder {

    /** Alexa ignores or rejects a single break longer than this, so longer holds are chained. */
    public static final Duration LONGEST_BREAK = Duration.ofSeconds(10);

    private final StringBuilder ssml = new StringBuilder();
    private final List<Speech.Mark> marks = new ArrayList<>();
    /** What {@link #ssml} says so far, kept up as it grows so that a mark never re-reads the markup. */
    private SpokenLength said = SpokenLength.ZERO;
    private int step;

    /** Adds a sentence or several; blank text adds nothing. */
    public SpeechBuilder say(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        separate();
        String escaped = escape(text.strip());
        ssml.append(escaped);
        said = said.plus(SpokenLength.of(escaped));
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
        said = said.plus(new SpokenLength(0, length));
        return this;
    }

    /** Marks where step {@code number} of a routine begins, for a screen to follow. */
    public SpeechBuilder step(int number) {
        step = number;
        marks.add(new Speech.Mark(said, number, 0, 0));
        return this;
    }

    /**
     * Adds silence that a screen counts down: {@code remaining} is what is left of the hold when the
     * silence starts; the silence itself may be shorter, when a spoken cue breaks the hold.
     */
    public SpeechBuilder countDown(Duration silence, Duration remaining) {
        marks.add(new Speech.Mark(said, step, (int) remaining.toSeconds(), (int) silence.toSeconds()));
        return pause(silence);
    }

    public SpeechBuilder append(Speech speech) {
        if (!speech.isEmpty()) {
            separate();
            SpokenLength before = said;
            speech.marks().forEach(mark -> marks.add(mark.after(before)));
            if (!speech.marks().isEmpty()) {
                step = speech.marks().get(speech.marks().size() - 1).step();
            }
            ssml.append(speech.ssml());
            said = said.plus(speech.length());
        }
        return this;
    }

    public Speech build() {
        return new Speech(ssml.toString(), marks);
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
