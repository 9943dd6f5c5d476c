package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import crampcoach.conversation.Coach;
import crampcoach.conversation.IntentNames;
import java.util.Optional;

/** "Help": what the skill can do, in a breath, then where the cramp is. */
public final class HelpHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.HELP));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Coach coach = Turn.of(input).coach();
        return Responder.send(input, coach.askWhere(coach.line("help")));
    }
}
