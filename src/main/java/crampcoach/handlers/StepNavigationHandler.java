package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import crampcoach.conversation.Awaiting;
import crampcoach.conversation.Coach;
import crampcoach.conversation.Move;
import crampcoach.conversation.Reply;
import crampcoach.guidance.Pace;
import crampcoach.guidance.Position;
import crampcoach.guidance.Routine;
import crampcoach.speech.SpeechBuilder;
import java.util.Optional;

/**
 * "Next", "previous", "repeat", "start over", "resume": moves through the routine under way. One
 * instance per move; after a whole routine, repeating or starting over plays it whole again.
 */
public final class StepNavigationHandler implements RequestHandler {

    private final Move move;

    StepNavigationHandler(Move move) {
        this.move = move;
    }

    /** One handler for each move, in the order they are registered. */
    public static StepNavigationHandler[] forEveryMove() {
        Move[] moves = Move.values();
        StepNavigationHandler[] handlers = new StepNavigationHandler[moves.length];
        for (int i = 0; i < moves.length; i++) {
            handlers[i] = new StepNavigationHandler(moves[i]);
        }
        return handlers;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(move.intent()));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        Coach coach = turn.coach();
        Optional<Position> current = turn.state().position();
        if (current.isEmpty()) {
            return Responder.send(input, withoutRoutine(turn, coach));
        }
        Position position = current.get();
        Routine routine = coach.routine(position.routineId());
        boolean whole = position.pace() == Pace.WHOLE;
        Reply reply = switch (move) {
            case NEXT -> position.next(routine).map(next -> coach.step(routine, next))
                    .orElseGet(() -> Reply.ask(coach.line("step.atEnd"), coach.text("routine.question"),
                            turn.state().awaiting(Awaiting.EASED)));
            case PREVIOUS -> position.previous().map(previous -> coach.step(routine, previous))
                    .orElseGet(() -> coach.step(routine, position).after(coach.line("step.atStart")));
            case REPEAT, RESUME -> whole ? coach.whole(routine) : coach.step(routine, position);
            case START_OVER -> whole ? coach.whole(routine) : coach.step(routine, position.restarted());
        };
        return Responder.send(input, reply);
    }

    /** "Repeat" after a topic says the topic again; anything else needs a routine to move through. */
    private Reply withoutRoutine(Turn turn, Coach coach) {
        if (move == Move.REPEAT && turn.state().lastTopic().isPresent()) {
            return turn.content().topics().forId(turn.state().lastTopic().get())
                    .map(topic -> Reply.ask(new SpeechBuilder().say(topic.text()).build(),
                            coach.text("ask.anythingElse"), turn.state().awaiting(Awaiting.NOTHING)))
                    .orElseGet(() -> coach.askWhere(coach.line("step.noRoutine")));
        }
        return coach.askWhere(coach.line("step.noRoutine"));
    }
}
