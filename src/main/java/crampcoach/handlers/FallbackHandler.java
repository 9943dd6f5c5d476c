package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import crampcoach.conversation.Coach;
import crampcoach.conversation.IntentNames;
import java.util.Optional;

/**
 * Words the model could not place. Alexa sends no text with a fallback, so the skill cannot check it
 * for red flags: the reply reminds the person what to do in an emergency while it asks again.
 */
public final class FallbackHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.FALLBACK));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        Coach coach = turn.coach();
        return Responder.send(input, coach.askAgain(coach.line("fallback")));
    }
}
