package crampcoach.handlers;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import crampcoach.content.ContentLibrary;
import crampcoach.content.Messages;
import crampcoach.speech.SpeechBuilder;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything that goes wrong after the request was read becomes a calm spoken answer and a log line,
 * never silence: the person may be in pain and should hear what to do if it is an emergency. Only a
 * request type that allows no speech (an event, a can-fulfil question) gets an empty response.
 */
public final class CalmExceptionHandler implements ExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CalmExceptionHandler.class);

    private final ContentLibrary library;

    public CalmExceptionHandler(ContentLibrary library) {
        this.library = library;
    }

    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        LOG.error("request {} failed", input.getRequestEnvelope().getRequest().getRequestId(), throwable);
        if (!SilentRequestHandler.maySpeak(input.getRequestEnvelope().getRequest())) {
            return input.getResponseBuilder().build(); // Alexa would refuse speech here
        }
        // The turn may be what failed, so the content is looked up again rather than taken from it.
        Messages messages = library.forLocale(input.getRequestEnvelope().getRequest().getLocale()).messages();
        SpeechBuilder speech = new SpeechBuilder().say(messages.text("error.sorry"));
        return input.getResponseBuilder()
                .withSpeech(speech.say(messages.text("help.question")).build().ssml())
                .withReprompt(new SpeechBuilder().say(messages.text("help.question")).build().ssml())
                .withShouldEndSession(false)
                .build();
    }
}
