package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import crampcoach.conversation.IntentNames;
import crampcoach.conversation.Reply;
import crampcoach.diary.Diary;
import crampcoach.guidance.Pace;
import java.util.Optional;

/** "Help with my calf cramp": the whole guided stretch, hands-free, in one response. */
public final class StretchHandler implements RequestHandler {

    private final Diary diary;

    public StretchHandler(Diary diary) {
        this.diary = diary;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.STRETCH));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        Reply reply = turn.coach().start(Slots.resolvedId(input, IntentNames.MUSCLE_SLOT), Pace.WHOLE);
        return Responder.send(input, DiaryNotes.afterStretch(input, diary, turn.state(), reply));
    }
}
