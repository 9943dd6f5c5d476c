package crampcoach.conversation;

import crampcoach.content.LocaleContent;
import crampcoach.content.Messages;
import crampcoach.guidance.MuscleChoice;
import crampcoach.guidance.Pace;
import crampcoach.guidance.Position;
import crampcoach.guidance.Routine;
import crampcoach.safety.Urgency;
import crampcoach.safety.Verdict;
import crampcoach.speech.Speech;
import crampcoach.speech.SpeechBuilder;
import java.util.Optional;

/** The replies that guide a routine, shared by every handler that starts or moves through one. */
public final class Coach {

    private final LocaleContent content;
    private final SessionState state;
    private final Verdict verdict;
    private final Messages messages;
    private final Narrator narrator;

    /** A coach for one turn: the locale's content, the session state read back, the safety verdict. */
    public Coach(LocaleContent content, SessionState state, Verdict verdict) {
        this.content = content;
        this.state = state;
        this.verdict = verdict;
        this.messages = content.messages();
        this.narrator = new Narrator(messages);
    }

    /** Starts guidance for a muscle, or asks the one question needed to choose a routine. */
    public Reply start(Optional<String> muscleId, Pace pace) {
        MuscleChoice.Outcome outcome = new MuscleChoice(content.routines()).choose(muscleId, asked());
        if (outcome instanceof MuscleChoice.Guide guide) {
            Routine routine = routine(guide.routineId());
            return pace == Pace.WHOLE ? whole(routine) : step(routine, Position.start(routine, Pace.STEP_BY_STEP));
        }
        if (outcome instanceof MuscleChoice.AskThighSide) {
            return Reply.ask(Speech.EMPTY, messages.text("ask.thighSide"), state.awaiting(Awaiting.THIGH_SIDE));
        }
        if (outcome instanceof MuscleChoice.NoRoutine) {
            return Reply.ask(line("stretch.noRoutine"), messages.text("ask.anythingElse"),
                    state.awaiting(Awaiting.NOTHING));
        }
        return askWhere(Speech.EMPTY);
    }

    /** The whole routine, hands-free, then "has it eased?". */
    public Reply whole(Routine routine) {
        SpeechBuilder speech = new SpeechBuilder().append(narrator.whole(routine));
        if (verdict.urgency() == Urgency.ADVISORY) {
            speech.say(messages.text("advisory.afterRoutine"));
        }
        SessionState next = state.at(Position.finished(routine)).anotherRound().awaiting(Awaiting.EASED);
        return Reply.ask(speech.build(), messages.text("routine.question"), next);
    }

    /** One step; the last one asks whether the cramp has eased. */
    public Reply step(Routine routine, Position position) {
        Speech speech = narrator.step(routine, position.step());
        SessionState next = state.at(position);
        if (position.isLast(routine)) {
            return Reply.ask(speech, messages.text("routine.question"), next.anotherRound().awaiting(Awaiting.EASED));
        }
        return Reply.ask(speech, messages.text("step.question"), next.awaiting(Awaiting.NOTHING));
    }

    public Reply askWhere(Speech before) {
        return Reply.ask(before, messages.text("ask.where"), state.awaiting(Awaiting.WHERE));
    }

    /** The routine a validated position points at; session attributes were checked when read. */
    public Routine routine(String routineId) {
        return content.routines().find(routineId)
                .orElseThrow(() -> new IllegalStateException("no routine " + routineId));
    }

    /** Plain speech from one message, for the many replies that are a single line. */
    public Speech line(String id) {
        return new SpeechBuilder().say(messages.text(id)).build();
    }

    public String text(String id) {
        return messages.text(id);
    }

    private MuscleChoice.Question asked() {
        return switch (state.awaiting()) {
            case THIGH_SIDE -> MuscleChoice.Question.THIGH_SIDE;
            case WHERE -> MuscleChoice.Question.WHERE;
            default -> MuscleChoice.Question.NONE;
        };
    }
}
