package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import crampcoach.conversation.Coach;
import crampcoach.conversation.IntentNames;
import crampcoach.conversation.Reply;
import java.util.Optional;

/** "Stop", "cancel", "go home": a short goodbye, and the session ends, mid-routine or not. */
public final class GoodbyeHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.STOP)
                .or(intentName(IntentNames.CANCEL))
                .or(intentName(IntentNames.NAVIGATE_HOME)));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Coach coach = Turn.of(input).coach();
        return Responder.send(input, Reply.end(coach.line("goodbye")).withoutDisclaimer());
    }
}
