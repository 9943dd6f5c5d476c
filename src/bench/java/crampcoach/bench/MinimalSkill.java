package crampcoach.bench;

import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;

import java.util.Optional;

/**
 * The baseline: the smallest skill the ASK SDK for Java lets one write, as its Hello World sample
 * does — one launch handler answering one sentence, the stream handler Lambda calls, nothing else.
 * Whatever this costs to answer its first request is the SDK's own price; the full skill is judged
 * against it.
 */
public final class MinimalSkill extends SkillStreamHandler {

    public MinimalSkill() {
        super(new CustomSkillBuilder().addRequestHandler(new LaunchHandler()).build());
    }

    /** Answers a launch with one sentence and keeps the session open, like any skill's welcome. */
    static final class LaunchHandler implements RequestHandler {

        @Override
        public boolean canHandle(HandlerInput input) {
            return input.matches(Predicates.requestType(LaunchRequest.class));
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            String speech = "Welcome to the minimal skill.";
            return input.getResponseBuilder()
                    .withSpeech(speech)
                    .withReprompt(speech)
                    .build();
        }
    }
}
