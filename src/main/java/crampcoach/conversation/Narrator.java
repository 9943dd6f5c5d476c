package crampcoach.conversation;

import crampcoach.content.Messages;
import crampcoach.guidance.Routine;
import crampcoach.guidance.Step;
import crampcoach.guidance.Tempo;
import crampcoach.speech.Speech;
import crampcoach.speech.SpeechBuilder;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a routine into speech: each instruction, then its hold as timed silence with a short cue every
 * ten seconds, so a person in pain can follow along without saying a word. How to stay safe is said
 * right after the first instruction, before anyone holds a stretch.
 */
final class Narrator {

    /** How often a long hold is broken by a spoken cue. */
    static final Duration CUE_EVERY = Duration.ofSeconds(10);

    /**
     * The rest between steps in a slower round: a breath or two before the next instruction, as the
     * stretching trial behind the research notes rests between holds (Hallegraeff 2012: hold, then relax).
     */
    static final Duration SLOWER_REST = Duration.ofSeconds(5);

    private final Messages messages;

    Narrator(Messages messages) {
        this.messages = messages;
    }

    /**
     * The whole routine in one response: intro, every step with its hold.
     *
     * @param aside said with the safety line, before the first hold (the session's disclaimer, if due)
     */
    Speech whole(Routine routine, Tempo tempo, Optional<String> aside) {
        SpeechBuilder speech = new SpeechBuilder();
        if (tempo == Tempo.FIRST) {
            // A slower round follows "once more, slowly", which already leads in.
            speech.say(routine.intro());
        }
        for (int index = 0; index < routine.stepCount(); index++) {
            step(speech, routine, index, tempo, aside);
            if (tempo == Tempo.SLOWER && restsAfter(routine, index)) {
                speech.pause(SLOWER_REST);
            }
        }
        return speech.build();
    }

    /** One step of a routine, for step-by-step guidance; the first also carries the intro. */
    Speech step(Routine routine, int index, Optional<String> aside) {
        SpeechBuilder speech = new SpeechBuilder();
        if (index == 0) {
            speech.say(routine.intro());
        }
        step(speech, routine, index, Tempo.FIRST, aside);
        return speech.build();
    }

    /** A step on its own, with its hold: the standing stretch offered at night. */
    Speech alone(Step step) {
        SpeechBuilder speech = new SpeechBuilder().say(step.instruction());
        if (!step.hold().isZero()) {
            // Not one of the routine's numbered steps, so nothing for the routine's screen to follow.
            hold(speech, step.hold(), false);
            speech.say(messages.text("cue.release"));
        }
        return speech.build();
    }

    private void step(SpeechBuilder speech, Routine routine, int index, Tempo tempo, Optional<String> aside) {
        Step step = routine.step(index);
        speech.step(index + 1).say(step.instruction());
        if (index == 0) {
            speech.say(routine.safety());
            aside.ifPresent(speech::say);
        }
        Duration hold = step.hold(tempo);
        if (hold.isZero()) {
            return;
        }
        hold(speech, hold, true);
        // A step that deepens this stretch comes next: letting go now would undo it.
        boolean carriesOn = index + 1 < routine.stepCount() && routine.step(index + 1).deepensPrevious();
        speech.say(messages.text(carriesOn ? "cue.stay" : "cue.release"));
    }

    private static boolean restsAfter(Routine routine, int index) {
        return index + 1 < routine.stepCount() && !routine.step(index).hold().isZero()
                && !routine.step(index + 1).deepensPrevious();
    }

    /** A hold as silence a screen counts down, the cues between its ten-second stretches included. */
    private void hold(SpeechBuilder speech, Duration hold, boolean onScreen) {
        Duration remaining = hold;
        while (remaining.compareTo(CUE_EVERY) > 0) {
            silence(speech, CUE_EVERY, remaining, onScreen);
            remaining = remaining.minus(CUE_EVERY);
            speech.say(messages.text("cue.remaining", Map.of("seconds", Long.toString(remaining.toSeconds()))));
        }
        silence(speech, remaining, remaining, onScreen);
    }

    private static void silence(SpeechBuilder speech, Duration silence, Duration remaining, boolean onScreen) {
        if (onScreen) {
            speech.countDown(silence, remaining);
        } else {
            speech.pause(silence);
        }
    }
}
