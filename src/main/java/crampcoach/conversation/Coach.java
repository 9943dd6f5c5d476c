package crampcoach.conversation;

import crampcoach.content.LocaleContent;
import crampcoach.content.Messages;
import crampcoach.guidance.MuscleChoice;
import crampcoach.guidance.Pace;
import crampcoach.guidance.Position;
import crampcoach.guidance.Routine;
import crampcoach.guidance.Step;
import crampcoach.guidance.SafetyCheck;
import crampcoach.guidance.Tempo;
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

    /**
     * Starts guidance for a muscle, or asks the one question needed first: which muscle, or, for a
     * routine that some injuries rule out, whether one of them applies. A question alone leaves the
     * disclaimer to the answer that follows it.
     */
    public Reply start(Optional<String> muscleId, Pace pace) {
        MuscleChoice.Outcome outcome = new MuscleChoice(content.routines()).choose(muscleId, asked());
        if (outcome instanceof MuscleChoice.Guide guide) {
            Routine routine = routine(guide.routineId());
            Optional<SafetyCheck> check = routine.check();
            if (check.isPresent()) {
                return Reply.ask(Speech.EMPTY, check.get().question(), state.checking(Position.start(routine, pace)))
                        .withoutDisclaimer();
            }
            return begin(routine, pace);
        }
        if (outcome instanceof MuscleChoice.AskThighSide) {
            return Reply.ask(Speech.EMPTY, messages.text("ask.thighSide"), state.awaiting(Awaiting.THIGH_SIDE))
                    .withoutDisclaimer();
        }
        if (outcome instanceof MuscleChoice.AskLegPart) {
            return Reply.ask(Speech.EMPTY, messages.text("ask.legPart"), state.awaiting(Awaiting.LEG_PART))
                    .withoutDisclaimer();
        }
        if (outcome instanceof MuscleChoice.NoRoutine) {
            return Reply.ask(line("stretch.noRoutine"), messages.text("ask.anythingElse"),
                    state.awaiting(Awaiting.NOTHING));
        }
        return askWhere(Speech.EMPTY);
    }

    /**
     * The answer to a routine's safety question. "Yes" means the routine must not be guided: the
     * medical-help answer, at the emergency level, since the questions ask about a fall, an accident
     * or bladder and bowel changes (research notes, red-flag rows 8 and 13).
     */
    public Reply answerCheck(boolean yes) {
        Position start = state.checking().orElseThrow(() -> new IllegalStateException("no safety question was asked"));
        Routine routine = routine(start.routineId());
        if (yes) {
            String reason = routine.check().orElseThrow().reason();
            return MedicalHelp.reply(content, Urgency.EMERGENCY, reason);
        }
        return begin(routine, start.pace());
    }

    /** The whole routine, hands-free, then "has it eased?". */
    public Reply whole(Routine routine) {
        return whole(routine, Tempo.FIRST);
    }

    /** "It hasn't eased": the routine once more, with longer holds and a rest between steps. */
    public Reply slowerRound(Routine routine) {
        return whole(routine, Tempo.SLOWER).after(line("eased.no"));
    }

    /** One step; the last one asks whether the cramp has eased. */
    public Reply step(Routine routine, Position position) {
        boolean disclaimNow = position.step() == 0 && !state.disclaimed();
        Speech speech = narrator.step(routine, position.step(), disclaimNow ? disclaimer() : Optional.empty());
        SessionState next = disclaimNow ? state.at(position).afterDisclaimer() : state.at(position);
        Reply reply = position.isLast(routine)
                ? Reply.ask(speech, messages.text("routine.question"), next.anotherRound().awaiting(Awaiting.EASED))
                : Reply.ask(speech, messages.text("step.question"), next.awaiting(Awaiting.NOTHING));
        return disclaimNow ? reply.withoutDisclaimer() : reply;
    }

    /**
     * A cramp the routine has not eased. At night the routine stays in bed, so the first time a
     * routine with a standing stretch has not helped, the person is asked whether they can stand
     * safely before any standing step; otherwise, or after that, the routine goes round again.
     */
    public Reply notEased(Routine routine) {
        if (routine.standing().isPresent() && state.rounds() == 1) {
            return Reply.ask(Speech.EMPTY, messages.text("night.canStand"), state.awaiting(Awaiting.CAN_STAND));
        }
        return slowerRound(routine);
    }

    /** "Yes, I can stand safely": the standing stretch, then "has it eased?". */
    public Reply standing(Routine routine) {
        Optional<Step> standing = routine.standing();
        if (standing.isEmpty()) {
            return whole(routine);
        }
        SessionState next = state.anotherRound().awaiting(Awaiting.EASED);
        return Reply.ask(new SpeechBuilder().append(narrator.alone(standing.get())).build(),
                messages.text("routine.question"), next);
    }

    /** "No, I can't stand": the in-bed routine once more, slowly. */
    public Reply stayInBed(Routine routine) {
        return whole(routine, Tempo.SLOWER).after(line("night.stayInBed"));
    }

    public Reply askWhere(Speech before) {
        return Reply.ask(before, messages.text("ask.where"), state.awaiting(Awaiting.WHERE));
    }

    /** The question still waiting for an answer, asked again after something the skill didn't catch. */
    public Reply askAgain(Speech before) {
        Optional<String> question = switch (state.awaiting()) {
            case THIGH_SIDE -> Optional.of(messages.text("ask.thighSide"));
            case LEG_PART -> Optional.of(messages.text("ask.legPart"));
            case SAFETY_CHECK -> state.checking().flatMap(start -> routine(start.routineId()).check())
                    .map(SafetyCheck::question);
            default -> Optional.empty();
        };
        return question.map(asked -> Reply.ask(before, asked, state).withoutDisclaimer()).orElseGet(() -> askWhere(before));
    }

    /**
     * What to say about an advisory finding, worded for its category: "every night" is worth raising
     * at the next appointment, a long flight means watching the leg today. Empty unless the safety
     * check found something advisory.
     */
    public Optional<String> advisory() {
        if (verdict.urgency() != Urgency.ADVISORY) {
            return Optional.empty();
        }
        return Optional.of(verdict.category().flatMap(category -> messages.find("advisory." + category))
                .orElseGet(() -> messages.text("advisory.default")));
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

    private Reply begin(Routine routine, Pace pace) {
        return pace == Pace.WHOLE ? whole(routine) : step(routine, Position.start(routine, Pace.STEP_BY_STEP));
    }

    /**
     * The routine in one response. The disclaimer, when still due, comes with the safety line before
     * the first hold, never after minutes of stretching.
     */
    private Reply whole(Routine routine, Tempo tempo) {
        boolean disclaimNow = !state.disclaimed();
        SpeechBuilder speech = new SpeechBuilder()
                .append(narrator.whole(routine, tempo, disclaimNow ? disclaimer() : Optional.empty()));
        advisory().ifPresent(speech::say);
        SessionState next = state.at(Position.finished(routine)).anotherRound().awaiting(Awaiting.EASED);
        return Reply.ask(speech.build(), messages.text("routine.question"), disclaimNow ? next.afterDisclaimer() : next)
                .withoutDisclaimer();
    }

    private Optional<String> disclaimer() {
        return Optional.of(messages.text("disclaimer"));
    }

    private MuscleChoice.Question asked() {
        return switch (state.awaiting()) {
            case THIGH_SIDE -> MuscleChoice.Question.THIGH_SIDE;
            case WHERE -> MuscleChoice.Question.WHERE;
            case LEG_PART -> MuscleChoice.Question.LEG_PART;
            default -> MuscleChoice.Question.NONE;
        };
    }
}
