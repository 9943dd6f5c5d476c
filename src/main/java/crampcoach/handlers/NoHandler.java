package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import crampcoach.conversation.Awaiting;
import crampcoach.conversation.Coach;
import crampcoach.conversation.IntentNames;
import crampcoach.conversation.MedicalHelp;
import crampcoach.conversation.Reply;
import crampcoach.guidance.Position;
import crampcoach.safety.Urgency;
import crampcoach.safety.Verdict;
import java.util.Optional;

/**
 * "No", read against the question asked last. A cramp that has not eased gets the routine again, but
 * after {@link #ROUNDS_BEFORE_HELP} rounds (some ten minutes of stretching) it is a cramp that won't
 * stop, and the person is sent for medical help instead.
 */
public final class NoHandler implements RequestHandler {

    /** Three rounds, the later ones slower, of some three minutes each: about the ten minutes after which the NHS says get help. */
    static final int ROUNDS_BEFORE_HELP = 3;

    static final String WONT_STOP = "WONT_STOP";

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.NO));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        Coach coach = turn.coach();
        Optional<Position> position = turn.state().position();
        if (turn.state().awaiting() == Awaiting.EASED && position.isPresent()) {
            if (turn.state().rounds() >= ROUNDS_BEFORE_HELP) {
                return Responder.send(input,
                        MedicalHelp.reply(turn.content(), new Verdict(Urgency.URGENT, Optional.of(WONT_STOP))));
            }
            return Responder.send(input, coach.notEased(coach.routine(position.get().routineId())));
        }
        if (turn.state().awaiting() == Awaiting.CAN_STAND && position.isPresent()) {
            return Responder.send(input, coach.stayInBed(coach.routine(position.get().routineId())));
        }
        if (turn.state().awaiting() == Awaiting.DELETE_DIARY) {
            return Responder.send(input, Reply.ask(coach.line("diary.delete.kept"), coach.text("ask.anythingElse"),
                    turn.state().awaiting(Awaiting.NOTHING)));
        }
        if (turn.state().awaiting() == Awaiting.SAFETY_CHECK) {
            return Responder.send(input, coach.answerCheck(false));
        }
        if (turn.state().awaiting() == Awaiting.NOTHING) {
            return Responder.send(input, Reply.end(coach.line("goodbye")));
        }
        return Responder.send(input, Reply.ask(coach.line("no.stretch"), coach.text("ask.anythingElse"),
                turn.state().awaiting(Awaiting.NOTHING)));
    }
}
