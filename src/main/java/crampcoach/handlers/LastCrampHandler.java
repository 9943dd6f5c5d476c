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
import crampcoach.diary.Entry;
import crampcoach.diary.Tally;
import crampcoach.speech.SpeechBuilder;
import java.util.Map;
import java.util.Optional;

/** "When was my last cramp?": the day, as today, yesterday or days ago, and the muscle. */
public final class LastCrampHandler implements RequestHandler {

    private final Diary diary;

    public LastCrampHandler(Diary diary) {
        this.diary = diary;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.LAST_CRAMP));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        Messages messages = turn.content().messages();
        Optional<Tally> tally = diary.read(input);
        String said;
        if (tally.isEmpty()) {
            said = messages.text("diary.unavailable.read");
        } else if (tally.get().last().isEmpty()) {
            said = messages.text("diary.last.none");
        } else {
            Entry last = tally.get().last().get();
            long days = tally.get().daysSince(last);
            String where = DiaryNotes.where(messages, last.muscle());
            said = days <= 0 ? messages.text("diary.last.today", Map.of("muscle", where))
                    : days == 1 ? messages.text("diary.last.yesterday", Map.of("muscle", where))
                    : messages.text("diary.last.daysAgo", Map.of("days", Long.toString(days), "muscle", where));
        }
        return Responder.send(input, Reply.ask(new SpeechBuilder().say(said).build(), messages.text("ask.anythingElse"),
                turn.state().awaiting(Awaiting.NOTHING)));
    }
}
