package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedReason;
import com.amazon.ask.model.SessionEndedRequest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The session closed (the person stopped answering, or an error): Alexa accepts no speech here. */
public final class SessionEndedHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SessionEndedHandler.class);

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(SessionEndedRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        SessionEndedRequest ended = (SessionEndedRequest) input.getRequestEnvelope().getRequest();
        if (ended.getReason() == SessionEndedReason.ERROR && ended.getError() != null) {
            LOG.warn("Alexa ended the session with an error: {} {}", ended.getError().getType(), ended.getError().getMessage());
        }
        return input.getResponseBuilder().build();
    }
}
