package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import crampcoach.conversation.Coach;
import crampcoach.conversation.IntentNames;
import crampcoach.conversation.Reply;
import java.util.Optional;

/** "Cancel my stretch reminder": deletes the skill's reminders. */
public final class CancelStretchReminderHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.CANCEL_STRETCH_REMINDER));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Coach coach = Turn.of(input).coach();
        // Without the permission the skill cannot have set a reminder, nor see one.
        Reminders.Outcome outcome = Reminders.permitted(input) ? Reminders.cancelAll(input) : Reminders.Outcome.NOTHING_TO_DO;
        String line = switch (outcome) {
            case DONE -> "reminder.cancelled";
            case NOTHING_TO_DO, NO_PERMISSION -> "reminder.noneToCancel";
            case FAILED -> "reminder.failed";
        };
        return Responder.send(input, Reply.end(coach.line(line)));
    }
}
