package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import crampcoach.conversation.Coach;
import java.util.Optional;

/** "Open cramp coach": a short welcome and straight to the point, where is the cramp? */
public final class LaunchHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(LaunchRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Coach coach = Turn.of(input).coach();
        return Responder.send(input, coach.askWhere(coach.line("launch.welcome")));
    }
}
