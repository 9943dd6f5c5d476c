package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import crampcoach.conversation.Awaiting;
import crampcoach.conversation.IntentNames;
import crampcoach.conversation.Reply;
import crampcoach.speech.Speech;
import java.util.Optional;

/** "Delete my cramp diary": asks yes or no first; {@link YesHandler} deletes, {@link NoHandler} keeps it. */
public final class DeleteDiaryHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.DELETE_DIARY));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        return Responder.send(input, Reply.ask(Speech.EMPTY, turn.content().messages().text("diary.delete.confirm"),
                turn.state().awaiting(Awaiting.DELETE_DIARY)));
    }
}
