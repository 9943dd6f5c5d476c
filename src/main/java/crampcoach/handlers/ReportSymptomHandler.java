package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import crampcoach.conversation.Awaiting;
import crampcoach.conversation.Coach;
import crampcoach.conversation.IntentNames;
import crampcoach.conversation.Reply;
import crampcoach.safety.Urgency;
import crampcoach.speech.SpeechBuilder;
import java.util.Optional;

/**
 * A symptom that is not a red flag ("it's a bit sore", "I get these every night"). Red flags never get
 * here: the red-flag handler answers them first. Advisory ones are worth mentioning to a doctor.
 */
public final class ReportSymptomHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.REPORT_SYMPTOM));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        Coach coach = turn.coach();
        if (turn.verdict().urgency() == Urgency.ADVISORY) {
            String reason = turn.verdict().category().flatMap(turn.content()::redFlagReason).orElse("");
            return Responder.send(input, Reply.ask(
                    new SpeechBuilder().say(reason).say(coach.text("advisory.mention")).build(),
                    coach.text("ask.wantsStretch"), turn.state().awaiting(Awaiting.WANTS_STRETCH)));
        }
        return Responder.send(input, Reply.ask(coach.line("symptom.noRedFlag"), coach.text("ask.wantsStretch"),
                turn.state().awaiting(Awaiting.WANTS_STRETCH)));
    }
}
