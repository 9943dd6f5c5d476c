package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import crampcoach.content.Messages;
import crampcoach.conversation.Awaiting;
import crampcoach.conversation.Coach;
import crampcoach.conversation.IntentNames;
import crampcoach.conversation.Reply;
import crampcoach.diary.Diary;
import crampcoach.diary.Entry;
import crampcoach.diary.Tally;
import crampcoach.speech.SpeechBuilder;
import java.util.Map;
import java.util.Optional;

/** "Log a cramp", "I just had a cramp in my calf": the day and the muscle go in the diary, nothing else. */
public final class LogCrampHandler implements RequestHandler {

    private final Diary diary;

    public LogCrampHandler(Diary diary) {
        this.diary = diary;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.LOG_CRAMP));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        Coach coach = turn.coach();
        Messages messages = turn.content().messages();
        // Only a muscle the model resolved is noted: never the words themselves.
        String muscle = Slots.resolvedId(input, IntentNames.MUSCLE_SLOT)
                .filter(id -> !id.equals(Slots.UNRECOGNISED)).orElse(Entry.UNNAMED);
        Optional<Tally> noted = diary.note(input, muscle);
        SpeechBuilder speech = new SpeechBuilder();
        if (noted.isEmpty()) {
            speech.say(messages.text("diary.unavailable"));
        } else {
            speech.say(muscle.equals(Entry.UNNAMED) ? messages.text("diary.logged.unnamed")
                    : messages.text("diary.logged", Map.of("muscle", DiaryNotes.where(messages, muscle))));
            noted.get().frequentJustNow().ifPresent(frequent -> speech.say(DiaryNotes.frequentAdvice(messages, frequent)));
        }
        return Responder.send(input, Reply.ask(speech.build(), coach.text("ask.anythingElse"),
                turn.state().awaiting(Awaiting.NOTHING)));
    }
}
