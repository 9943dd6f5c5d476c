package crampcoach.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.amazon.ask.response.ResponseBuilder;
import crampcoach.content.Messages;
import crampcoach.conversation.Reply;
import crampcoach.conversation.SessionAttributes;
import crampcoach.conversation.SessionState;
import crampcoach.device.Surroundings;
import crampcoach.speech.Speech;
import crampcoach.speech.SpeechBuilder;
import java.util.HashMap;
import java.util.Optional;

/**
 * The one place a {@link Reply} becomes an Alexa response: it adds the disclaimer the first time in a
 * session, asks the question, writes the session state and decides whether Alexa keeps listening.
 */
final class Responder {

    private Responder() {
    }

    static Optional<Response> send(HandlerInput input, Reply reply) {
        Turn turn = Turn.of(input);
        Messages messages = turn.content().messages();
        SpeechBuilder speech = new SpeechBuilder().append(reply.speech());
        SessionState next = reply.next();
        if (reply.disclaimer() && !turn.state().disclaimed()) {
            speech.say(messages.text("disclaimer"));
            next = next.afterDisclaimer();
        }
        reply.question().ifPresent(speech::say);

        // At night the voice drops, but never for medical help: that is said plainly, at any hour.
        Surroundings surroundings = DeviceInterceptor.surroundings(input);
        boolean quietly = surroundings.night() && !reply.medicalHelp();
        Speech said = quietly ? speech.build().quietly() : speech.build();
        ResponseBuilder response = input.getResponseBuilder().withSpeech(said.ssml());
        reply.card().ifPresent(card -> response.withSimpleCard(card.title(), card.text()));
        if (surroundings.screen()) {
            Screen.forReply(turn.content(), reply, surroundings.night(), quietly).ifPresent(response::addDirective);
        }
        if (input.getRequestEnvelope().getSession() != null) {
            // Nothing of a routine outlives a red flag or a goodbye, not even in the echoed attributes.
            input.getAttributesManager().setSessionAttributes(
                    reply.endsSession() ? new HashMap<>() : SessionAttributes.write(next));
        }
        if (reply.endsSession()) {
            response.withShouldEndSession(true);
        } else {
            Speech reprompt = new SpeechBuilder().say(reply.silence().get()).build();
            response.withReprompt((quietly ? reprompt.quietly() : reprompt).ssml())
                    .withShouldEndSession(false);
        }
        return response.build();
    }
}
