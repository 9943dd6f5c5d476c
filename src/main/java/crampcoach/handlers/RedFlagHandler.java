package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.requestAttribute;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import crampcoach.conversation.MedicalHelp;
import java.util.Optional;

/** Whatever was asked, a red flag stops guidance and sends the person to medical help. */
public final class RedFlagHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestAttribute(SafetyGate.STOP_ATTRIBUTE, Boolean.TRUE));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        return Responder.send(input, MedicalHelp.reply(turn.content(), turn.verdict()));
    }
}
