package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import crampcoach.conversation.Coach;
import crampcoach.conversation.IntentNames;
import crampcoach.conversation.Reply;
import crampcoach.speech.Speech;
import crampcoach.speech.SpeechBuilder;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;

/** "Remind me to stretch before bed at nine p m": a daily reminder, or first Alexa's permission request. */
public final class StretchReminderHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.SET_STRETCH_REMINDER));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        Coach coach = turn.coach();
        Optional<LocalTime> time = Reminders.time(timeSlot(input));
        if (time.isEmpty()) {
            return Responder.send(input, Reply.ask(Speech.EMPTY, coach.text("reminder.whichTime"), turn.state()));
        }
        return Responder.send(input, set(input, time.get(), Reminders.permitted(input), true));
    }

    /**
     * Sets the reminder or, without the permission and when {@code mayAsk}, explains once and sends
     * Alexa's permission request. Shared with the answer to that request, which may not ask again.
     */
    static Reply set(HandlerInput input, LocalTime time, boolean permitted, boolean mayAsk) {
        Turn turn = Turn.of(input);
        Coach coach = turn.coach();
        Reminders.Outcome outcome = permitted
                ? Reminders.create(input, time, coach.text("reminder.alert"), DeviceInterceptor.zone(input))
                : Reminders.Outcome.NO_PERMISSION;
        return switch (outcome) {
            case DONE, NOTHING_TO_DO -> Reply.end(new SpeechBuilder().say(turn.content().messages()
                    .text("reminder.set", Map.of("time", Reminders.spoken(time)))).build());
            case NO_PERMISSION -> {
                if (!mayAsk) {
                    yield Reply.end(coach.line("reminder.failed"));
                }
                input.getResponseBuilder().addDirective(Reminders.askForPermission(time));
                yield Reply.end(coach.line("reminder.askPermission")).withoutDisclaimer();
            }
            case FAILED -> Reply.end(coach.line("reminder.failed"));
        };
    }

    private static Optional<String> timeSlot(HandlerInput input) {
        if (!(input.getRequestEnvelope().getRequest() instanceof IntentRequest request)
                || request.getIntent().getSlots() == null) {
            return Optional.empty();
        }
        Slot slot = request.getIntent().getSlots().get(IntentNames.TIME_SLOT);
        return slot == null || slot.getValue() == null || slot.getValue().isBlank()
                ? Optional.empty() : Optional.of(slot.getValue());
    }
}
