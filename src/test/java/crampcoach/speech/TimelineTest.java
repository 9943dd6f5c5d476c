package crampcoach.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The screen's timeline, read off the speech")
class TimelineTest {

    /** Thirteen words, then a 15 s hold broken by a two-word cue at 10 s, then two words. */
    private static Speech routine() {
        return new SpeechBuilder()
                .say("Let's ease that calf.")
                .step(1).say("Straighten your leg and pull your toes up toward your shin.")
                .countDown(Duration.ofSeconds(10), Duration.ofSeconds(15))
                .say("Five more.")
                .countDown(Duration.ofSeconds(5), Duration.ofSeconds(5))
                .step(2).say("And relax.")
                .build();
    }

    @Test
    @DisplayName("counts words outside tags and the breaks' exact time")
    void length() {
        SpokenLength length = routine().length();
        assertEquals(4 + 11 + 2 + 2, length.words());
        assertEquals(Duration.ofSeconds(15), length.silence());
        assertEquals(Duration.ofMillis(2500),
                new SpeechBuilder().say("Don't rush.").pause(Duration.ofMillis(2500)).build().length().silence());
        assertEquals(2, new SpeechBuilder().say("Don't rush.").build().length().words());
    }

    @Test
    @DisplayName("shows the intro, then the step while it is said, then its hold counted down, the cue's second included")
    void secondBySecond() {
        Timeline timeline = Timeline.of(routine(), false);
        // Step 1 begins after 4 words (1.54 s), its countdown after 15 (5.77 s); seconds are sampled at their middle.
        assertEquals(List.of(0, 0, 1, 1, 1, 1, 1), timeline.steps().subList(0, 7));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 15, 14), timeline.counts().subList(0, 8));
        List<Integer> counts = timeline.counts();
        int firstCount = counts.indexOf(15);
        assertEquals(List.of(15, 14, 13, 12, 11, 10, 9, 8, 7, 6), counts.subList(firstCount, firstCount + 10));
        assertTrue(counts.subList(firstCount + 10, counts.size()).containsAll(List.of(5, 4, 3, 2, 1)), counts.toString());
        assertEquals(2, timeline.steps().get(timeline.steps().size() - 1));
        assertEquals(0, timeline.counts().get(timeline.counts().size() - 1));
        assertEquals((int) Math.ceil(19 / Timeline.WORDS_PER_SECOND + 15), timeline.steps().size());
    }

    @Test
    @DisplayName("at night the words take longer and the holds do not")
    void nightPace() {
        Timeline day = Timeline.of(routine(), false);
        Timeline night = Timeline.of(routine().quietly(), true);
        assertEquals((int) Math.ceil(19 / (Timeline.WORDS_PER_SECOND * Speech.QUIET_RATE) + 15), night.steps().size());
        assertTrue(night.counts().indexOf(15) >= day.counts().indexOf(15));
        assertEquals(day.counts().stream().filter(count -> count > 0).distinct().toList(),
                night.counts().stream().filter(count -> count > 0).distinct().toList());
    }

    @Test
    @DisplayName("marks keep their place when speech is said after something else")
    void appendedSpeechKeepsItsMarks() {
        Speech after = new SpeechBuilder().say("Okay, once more.").append(routine()).build();
        assertEquals(routine().marks().size(), after.marks().size());
        assertEquals(routine().marks().get(0).at().words() + 3, after.marks().get(0).at().words());
        assertEquals(routine().marks(), routine().quietly().marks());
    }

    @Test
    @DisplayName("a mark's place is what the finished markup says before it")
    void marksCountWhatTheMarkupSays() {
        Speech speech = new SpeechBuilder().say("Heat & ice.").pause(Duration.ofMillis(2500))
                .append(routine()).say("Don't rush.").step(3).build();
        assertEquals(speech.length(), speech.marks().get(speech.marks().size() - 1).at());
    }

    @Test
    @DisplayName("speech without marks has nothing for a screen to follow")
    void noMarksNoTimeline() {
        assertEquals(List.of(), Timeline.of(new SpeechBuilder().say("Has it eased?").build(), false).steps());
    }
}
