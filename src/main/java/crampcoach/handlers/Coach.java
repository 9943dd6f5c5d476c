package crampcoach.handlers;

import crampcoach.content.Messages;
import crampcoach.guidance.MuscleChoice;
import crampcoach.guidance.Pace;
import crampcoach.guidance.Position;
import crampcoach.guidance.Routine;
import crampcoach.safety.Urgency;
import crampcoach.speech.Speech;
import crampcoach.speech.SpeechBuilder;
import java.util.Optional;

/** The replies that guide a routine, shared by every handler that starts or moves through one. */
final class Coach {

    private final Turn turn;
    private final Messages messages;
    private final Narrator narrator;

    Coach(Turn turn) {
        this.turn = turn;
        this.messages = turn.content().messages();
        this.narrator = new Narrator(messages);
    }

    /** Starts guidance for a muscle, or asks the one question needed to choose a routine. */
    Reply start(Optional<String> muscleId, Pace pace) {
        MuscleChoice.Outcome outcome = new MuscleChoice(turn.content().routines()).choose(muscleId, asked());
        if (outcome instanceof MuscleChoice.Guide guide) {
            Routine routine = routine(guide.routineId());
            return pace == Pace.WHOLE ? whole(routine) : step(routine, Position.start(routine, Pace.STEP_BY_STEP));
        }
        if (outcome instanceof MuscleChoice.AskThighSide) {
            return Reply.ask(Speech.EMPTY, messages.text("ask.thighSide"), turn.state().awaiting(Awaiting.THIGH_SIDE));
        }
        if (outcome instanceof MuscleChoice.NoRoutine) {
            return Reply.ask(Responder.line(messages, "stretch.noRoutine"), messages.text("ask.anythingElse"),
                    turn.state().awaiting(Awaiting.NOTHING));
        }
        return askWhere(Speech.EMPTY);
    }

    /** The whole routine, hands-free, then "has it eased?". */
    Reply whole(Routine routine) {
        SpeechBuilder speech = new SpeechBuilder().append(narrator.whole(routine));
        if (turn.verdict().urgency() == Urgency.ADVISORY) {
            speech.say(messages.text("advisory.afterRoutine"));
        }
        SessionState next = turn.state().at(Position.finished(routine)).anotherRound().awaiting(Awaiting.EASED);
        return Reply.ask(speech.build(), messages.text("routine.question"), next);
    }

    /** One step; the last one asks whether the cramp has eased. */
    Reply step(Routine routine, Position position) {
        Speech speech = narrator.step(routine, position.step());
        SessionState next = turn.state().at(position);
        if (position.isLast(routine)) {
            return Reply.ask(speech, messages.text("routine.question"), next.anotherRound().awaiting(Awaiting.EASED));
        }
        return Reply.ask(speech, messages.text("step.question"), next.awaiting(Awaiting.NOTHING));
    }

    Reply askWhere(Speech before) {
        return Reply.ask(before, messages.text("ask.where"), turn.state().awaiting(Awaiting.WHERE));
    }

    /** The routine a validated position points at; session attributes were checked when read. */
    Routine routine(String routineId) {
        return turn.content().routines().find(routineId)
                .orElseThrow(() -> new IllegalStateException("no routine " + routineId));
    }

    Speech line(String id) {
        return Responder.line(messages, id);
    }

    String text(String id) {
        return messages.text(id);
    }

    private MuscleChoice.Question asked() {
        return switch (turn.state().awaiting()) {
            case THIGH_SIDE -> MuscleChoice.Question.THIGH_SIDE;
            case WHERE -> MuscleChoice.Question.WHERE;
            default -> MuscleChoice.Question.NONE;
        };
    }
}
