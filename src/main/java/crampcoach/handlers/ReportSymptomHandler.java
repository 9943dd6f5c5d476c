package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import crampcoach.conversation.Awaiting;
import crampcoach.conversation.Coach;
import crampcoach.conversation.IntentNames;
import crampcoach.conversation.Reply;
import crampcoach.speech.Speech;
import crampcoach.speech.SpeechBuilder;
import java.util.Optional;

/**
 * A symptom that is not a red flag ("it's a bit sore", "I get these every night"). Red flags never get
 * here: the red-flag handler answers them first. Advisory ones get a line worded for their category.
 * Said in answer to a routine's safety question ("I didn't fall"), it is not yet a "no": the question
 * is asked again, so only a plain no starts the stretch.
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

    /** The answer to a symptom the gate let through; also what "no" to the gate's question carries on with. */
    static Reply reply(Turn turn) {
        Coach coach = turn.coach();
        Speech said = coach.advisory().map(advisory -> new SpeechBuilder().say(advisory).build())
                .orElseGet(() -> coach.line("symptom.noRedFlag"));
        if (turn.state().awaiting() == Awaiting.SAFETY_CHECK) {
            return coach.askAgain(said);
        }
        return Reply.ask(said, coach.text("ask.wantsStretch"), turn.state().awaiting(Awaiting.WANTS_STRETCH));
    }
}
