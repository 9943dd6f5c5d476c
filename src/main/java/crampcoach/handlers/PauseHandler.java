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

/**
 * "Pause": keeps the place in the routine. A custom skill cannot hold a session open for long, so the
 * reply says how to pick up again while the session lasts.
 */
public final class PauseHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.PAUSE));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        Coach coach = turn.coach();
        if (turn.state().position().isEmpty()) {
            return Responder.send(input, Reply.end(coach.line("pause.nothingToPause")));
        }
        return Responder.send(input, Reply.ask(coach.line("pause.paused"), coach.text("pause.question"),
                turn.state().paused(true).awaiting(Awaiting.NOTHING)));
    }
}
