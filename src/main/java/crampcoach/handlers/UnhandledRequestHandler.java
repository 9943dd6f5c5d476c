package crampcoach.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import crampcoach.conversation.Coach;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registered last: an intent this version does not know (a newer model, a hand-made request) or a
 * request type it does not serve still gets a calm answer instead of an error.
 */
public final class UnhandledRequestHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UnhandledRequestHandler.class);

    @Override
    public boolean canHandle(HandlerInput input) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        LOG.warn("no handler for {}", describe(input));
        Coach coach = Turn.of(input).coach();
        return Responder.send(input, coach.askWhere(coach.line("unknownRequest")));
    }

    private static String describe(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof com.amazon.ask.model.IntentRequest intent
                && intent.getIntent() != null
                ? "intent " + intent.getIntent().getName()
                : "request type " + input.getRequestEnvelope().getRequest().getType();
    }
}
