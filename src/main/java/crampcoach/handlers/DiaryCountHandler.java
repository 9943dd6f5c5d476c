package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import crampcoach.content.Messages;
import crampcoach.conversation.Awaiting;
import crampcoach.conversation.IntentNames;
import crampcoach.conversation.Reply;
import crampcoach.diary.Diary;
import crampcoach.diary.Tally;
import crampcoach.speech.SpeechBuilder;
import java.util.Optional;

/** "How many cramps have I had this week?" (or this month): the count, by muscle. */
public final class DiaryCountHandler implements RequestHandler {

    private static final String MONTH = "MONTH";

    private final Diary diary;

    public DiaryCountHandler(Diary diary) {
        this.diary = diary;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.DIARY_COUNT));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        Messages messages = turn.content().messages();
        boolean month = Slots.resolvedId(input, IntentNames.PERIOD_SLOT).filter(MONTH::equals).isPresent();
        Optional<Tally> tally = diary.read(input);
        String said = tally.isEmpty() ? messages.text("diary.unavailable.read")
                : month ? DiaryNotes.count(messages, tally.get(), Tally.MONTH, "diary.month")
                : DiaryNotes.count(messages, tally.get(), Tally.WEEK, "diary.week");
        return Responder.send(input, Reply.ask(new SpeechBuilder().say(said).build(), messages.text("ask.anythingElse"),
                turn.state().awaiting(Awaiting.NOTHING)));
    }
}
