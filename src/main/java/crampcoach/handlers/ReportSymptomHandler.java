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
        return input.matches(intentName(IntentNames.REPORT_SYMPTOM).or(intentName(IntentNames.DESCRIBE_SYMPTOM)));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return Responder.send(input, reply(Turn.of(input)));
    }

    /** The answer to a symptom the gate let through; also what "no" to the safety question carries on with. */
    static Reply reply(Turn turn) {
        Coach coach = turn.coach();
        if (turn.verdict().urgency() == Urgency.ADVISORY) {
            String reason = turn.verdict().category().flatMap(turn.content()::redFlagReason).orElse("");
            return Reply.ask(
                    new SpeechBuilder().say(reason).say(coach.text("advisory.mention")).build(),
                    coach.text("ask.wantsStretch"), turn.state().awaiting(Awaiting.WANTS_STRETCH));
        }
        return Reply.ask(coach.line("symptom.noRedFlag"), coach.text("ask.wantsStretch"),
                turn.state().awaiting(Awaiting.WANTS_STRETCH));
    }
}
