package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.events.skillevents.SkillDisabledRequest;
import crampcoach.diary.Diary;
import java.util.Optional;

/**
 * The AlexaSkillEvent.SkillDisabled event (declared in the skill manifest): the person disabled the
 * skill, so their diary goes. Alexa expects no speech for a skill event.
 */
public final class SkillDisabledHandler implements RequestHandler {

    private final Diary diary;

    public SkillDisabledHandler(Diary diary) {
        this.diary = diary;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(SkillDisabledRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        diary.delete(input.getRequestEnvelope());
        return Optional.empty();
    }
}
