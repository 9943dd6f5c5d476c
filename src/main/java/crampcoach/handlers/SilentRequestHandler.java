package crampcoach.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.system.ExceptionEncounteredRequest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests Alexa sends without a person waiting for an answer: System.ExceptionEncountered (the skill's
 * last response was refused), AudioPlayer and PlaybackController events, skill events, and any type
 * this version does not know. Alexa accepts no speech for them, so the answer is an empty response.
 * Only a launch and an intent are a person talking to the skill; the session-ended and
 * can-fulfil requests have handlers of their own, registered before this one.
 */
public final class SilentRequestHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SilentRequestHandler.class);

    @Override
    public boolean canHandle(HandlerInput input) {
        return !maySpeak(input.getRequestEnvelope().getRequest());
    }

    /** Whether Alexa lets the skill speak in answer to this request. */
    public static boolean maySpeak(Request request) {
        return request instanceof LaunchRequest || request instanceof com.amazon.ask.model.IntentRequest;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Request request = input.getRequestEnvelope().getRequest();
        if (request instanceof ExceptionEncounteredRequest exception && exception.getError() != null) {
            LOG.warn("Alexa refused the last response: {} {}", exception.getError().getType(),
                    exception.getError().getMessage());
        } else {
            LOG.debug("no speech for a {}", request.getType());
        }
        return input.getResponseBuilder().build();
    }
}
