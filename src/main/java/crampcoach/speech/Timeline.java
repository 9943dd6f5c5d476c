package crampcoach.speech;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a screen shows, second by second, while Alexa says a routine: the step under way and the
 * seconds of its hold still to go. It is read off the routine's own speech (its {@link Speech.Mark}s),
 * so it holds exactly the steps, holds and cues said, in the same order and at the same pace.
 *
 * <p>How far it can drift: the breaks are exact, but Alexa does not say how long words take, so
 * they are estimated at {@link #WORDS_PER_SECOND} (at night divided by {@link Speech#QUIET_RATE}).
 * An error in that rate adds up over the words said before a point and nowhere else; the screen
 * starts counting when the document is shown, which is when Alexa starts speaking, give or take the
 * speech's own start-up. Each second is sampled at its middle, so a count is also up to half a
 * second early or late. The README's "Echo Show" section gives the figures per routine.
 */
public final class Timeline {

    /**
     * Alexa's default voice, estimated: about 150 to 160 words a minute, the usual range for
     * synthesised English read at its normal rate.
     */
    public static final double WORDS_PER_SECOND = 2.6;

    private final List<Integer> steps;
    private final List<Integer> counts;

    private Timeline(List<Integer> steps, List<Integer> counts) {
        this.steps = Collections.unmodifiableList(steps);
        this.counts = Collections.unmodifiableList(counts);
    }

    /** The timeline of speech said at the normal rate, or {@code quietly} in the night voice. */
    public static Timeline of(Speech speech, boolean quietly) {
        double wordsPerSecond = quietly ? WORDS_PER_SECOND * Speech.QUIET_RATE : WORDS_PER_SECOND;
        List<Integer> steps = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        if (speech.marks().isEmpty()) {
            return new Timeline(steps, counts);
        }
        int seconds = (int) Math.ceil(speech.length().seconds(wordsPerSecond));
        int next = 0;
        Speech.Mark current = null;
        for (int second = 0; second < seconds; second++) {
            double middle = second + 0.5;
            while (next < speech.marks().size() && speech.marks().get(next).at().seconds(wordsPerSecond) <= middle) {
                current = speech.marks().get(next++);
            }
            steps.add(current == null ? 0 : current.step());
            counts.add(current == null ? 0 : count(current, middle - current.at().seconds(wordsPerSecond)));
        }
        return new Timeline(steps, counts);
    }

    private static int count(Speech.Mark mark, double since) {
        if (since < mark.counted()) {
            return (int) Math.ceil(mark.countFrom() - since);
        }
        return mark.countFrom() - mark.counted();
    }

    /** For each second since Alexa began, the step under way: 1-based, 0 before the first. */
    public List<Integer> steps() {
        return steps;
    }

    /** For each second since Alexa began, the seconds of the hold still to go; 0 when none is counted. */
    public List<Integer> counts() {
        return counts;
    }
}
