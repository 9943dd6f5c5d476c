package crampcoach.conversation;

import crampcoach.content.Messages;
import crampcoach.guidance.Routine;
import crampcoach.guidance.Step;
import crampcoach.speech.Speech;
import crampcoach.speech.SpeechBuilder;
import java.time.Duration;
import java.util.Map;

/**
 * Turns a routine into speech: each instruction, then its hold as timed silence with a short cue every
 * ten seconds, so a person in pain can follow along without saying a word.
 */
final class Narrator {

    /** How often a long hold is broken by a spoken cue. */
    static final Duration CUE_EVERY = Duration.ofSeconds(10);

    private final Messages messages;

    Narrator(Messages messages) {
        this.messages = messages;
    }

    /** The whole routine in one response: intro, every step with its hold, the safety line. */
    Speech whole(Routine routine) {
        SpeechBuilder speech = new SpeechBuilder().say(routine.intro());
        for (Step step : routine.steps()) {
            step(speech, step);
        }
        return speech.say(routine.safety()).build();
    }

    /** One step of a routine, for step-by-step guidance; the first also carries intro and safety line. */
    Speech step(Routine routine, int index) {
        SpeechBuilder speech = new SpeechBuilder();
        if (index == 0) {
            speech.say(routine.intro());
        }
        step(speech, routine.step(index));
        if (index == 0) {
            speech.say(routine.safety());
        }
        return speech.build();
    }

    private void step(SpeechBuilder speech, Step step) {
        speech.say(step.instruction());
        hold(speech, step.hold());
    }

    private void hold(SpeechBuilder speech, Duration hold) {
        if (hold.isZero()) {
            return;
        }
        Duration remaining = hold;
        while (remaining.compareTo(CUE_EVERY) > 0) {
            speech.pause(CUE_EVERY);
            remaining = remaining.minus(CUE_EVERY);
            speech.say(messages.text("cue.remaining", Map.of("seconds", Long.toString(remaining.toSeconds()))));
        }
        speech.pause(remaining);
        speech.say(messages.text("cue.release"));
    }
}
