package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import crampcoach.conversation.Coach;
import crampcoach.conversation.Reply;
import java.time.LocalTime;
import java.util.Optional;

/**
 * Alexa's answer to the permission request: accepted, the reminder asked for (its time came back in
 * the token) is set; declined or unanswered, the skill says so once and asks no more.
 */
public final class ReminderConsentHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(ConnectionsResponse.class))
                && Reminders.ASK_FOR.equals(((ConnectionsResponse) input.getRequestEnvelope().getRequest()).getName());
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        ConnectionsResponse answer = (ConnectionsResponse) input.getRequestEnvelope().getRequest();
        Coach coach = Turn.of(input).coach();
        Object status = answer.getPayload() == null ? null : answer.getPayload().get("status");
        Optional<LocalTime> time = Reminders.time(Optional.ofNullable(answer.getToken()));
        if ("ACCEPTED".equals(status) && time.isPresent()) {
            // Just granted: the request's token now carries the permission; never a second request in a row.
            return Responder.send(input, StretchReminderHandler.set(input, time.get(), true, false));
        }
        return Responder.send(input, Reply.end(coach.line("reminder.declined")).withoutDisclaimer());
    }
}
