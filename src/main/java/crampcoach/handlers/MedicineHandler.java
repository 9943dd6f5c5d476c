package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import crampcoach.conversation.IntentNames;
import crampcoach.conversation.Reply;
import crampcoach.guidance.Topic;
import java.util.Optional;

/**
 * "What about quinine?", "can I take baclofen?": a named medicine or supplement reaches the topic that
 * covers it. The MEDICINE slot's value ids are topic ids, so the answer is the topic's, never a dose;
 * a medicine the model does not know, or a topic this locale lacks, gets "ask a pharmacist or your
 * doctor".
 */
public final class MedicineHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.MEDICINE));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        Optional<Topic> topic = Slots.resolvedId(input, IntentNames.MEDICINE_SLOT)
                .flatMap(id -> turn.content().topics().forId(id));
        if (topic.isPresent()) {
            return TopicHandler.answer(input, topic.get());
        }
        return Responder.send(input, Reply.ask(turn.coach().line("medicine.unknown"),
                turn.content().messages().text("ask.anythingElse"), turn.state()));
    }
}
