package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import crampcoach.conversation.Reply;
import crampcoach.guidance.Topic;
import crampcoach.speech.SpeechBuilder;
import java.util.Optional;

/**
 * "What else helps?", "heat or ice?", "when should I see a doctor?": every topic intent, answered from
 * the locale's topics file, which names the intent each topic answers.
 */
public final class TopicHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(IntentRequest.class)) && topic(input).isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return answer(input, topic(input).orElseThrow());
    }

    /** The topic's answer, then "anything else?", with the topic remembered for "repeat". */
    static Optional<Response> answer(HandlerInput input, Topic topic) {
        Turn turn = Turn.of(input);
        return Responder.send(input, Reply.ask(new SpeechBuilder().say(topic.text()).build(),
                turn.content().messages().text("ask.anythingElse"), turn.state().answered(topic.id())));
    }

    private static Optional<Topic> topic(HandlerInput input) {
        IntentRequest request = (IntentRequest) input.getRequestEnvelope().getRequest();
        return request.getIntent() == null || request.getIntent().getName() == null
                ? Optional.empty()
                : Turn.of(input).content().topics().forIntent(request.getIntent().getName());
    }
}
