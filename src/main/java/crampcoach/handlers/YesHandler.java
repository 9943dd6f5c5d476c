package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import crampcoach.conversation.Awaiting;
import crampcoach.conversation.Coach;
import crampcoach.conversation.IntentNames;
import crampcoach.conversation.Reply;
import java.util.Optional;

/** "Yes", read against the question the skill asked last. */
public final class YesHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.YES));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        Coach coach = turn.coach();
        Reply reply = switch (turn.state().awaiting()) {
            case EASED -> Reply.end(coach.line("eased.yes"));
            case SAFETY_CHECK -> coach.answerCheck(true);
            case THIGH_SIDE, LEG_PART -> coach.askAgain(coach.line("yes.which"));
            case WANTS_STRETCH, WHERE -> coach.askWhere(coach.line("yes.which"));
            // The gate's own question is answered by the safety answer handler, registered before this one.
            case NOTHING, RED_FLAG_CHECK -> Reply.ask(coach.line("yes.unclear"), coach.text("help.question"),
                    turn.state().awaiting(Awaiting.WHERE));
        };
        return Responder.send(input, reply);
    }
}
