package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.requestAttribute;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import crampcoach.conversation.IntentNames;
import crampcoach.conversation.Reply;
import crampcoach.conversation.SafetyCheck;
import crampcoach.safety.SafetyQuestion;
import crampcoach.safety.Urgency;
import crampcoach.speech.Speech;
import java.util.Optional;

/**
 * When the gate could not place what was heard as ordinary, one short yes/no question naming the
 * emergency signs comes before any stretch. The session remembers only the question's id and what the
 * person asked for (intent and muscle), so that "no" can carry on with it; silence hears the safe side.
 */
public final class SafetyQuestionHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestAttribute(SafetyGate.ASK_ATTRIBUTE, Boolean.TRUE));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        String questionId = turn.verdict().question().orElseThrow();
        SafetyQuestion question = turn.content().redFlags().question(questionId)
                .orElseThrow(() -> new IllegalStateException("the detector named an unknown question " + questionId));
        Optional<String> advisory = turn.verdict().urgency() == Urgency.ADVISORY ? turn.verdict().category() : Optional.empty();
        SafetyCheck check = new SafetyCheck(questionId, carryOn(input), muscle(input), advisory);
        return Responder.send(input, Reply.ask(Speech.EMPTY, question.question(),
                turn.content().messages().text("safety.silence"), turn.state().askingSafety(check)));
    }

    private static SafetyCheck.CarryOn carryOn(HandlerInput input) {
        String intent = input.getRequestEnvelope().getRequest() instanceof IntentRequest request && request.getIntent() != null
                ? request.getIntent().getName()
                : "";
        return switch (intent) {
            case IntentNames.STRETCH -> SafetyCheck.CarryOn.STRETCH;
            case IntentNames.STEP_BY_STEP -> SafetyCheck.CarryOn.STEP_BY_STEP;
            case IntentNames.REPORT_SYMPTOM, IntentNames.DESCRIBE_SYMPTOM -> SafetyCheck.CarryOn.REPORT_SYMPTOM;
            default -> SafetyCheck.CarryOn.ASK_WHERE;
        };
    }

    /** The muscle's id when it resolved to one the skill knows; an unrecognised one is asked again later. */
    private static Optional<String> muscle(HandlerInput input) {
        return Slots.resolvedId(input, IntentNames.MUSCLE_SLOT).filter(SafetyCheck::isId)
                .filter(id -> !id.equals(Slots.UNRECOGNISED));
    }
}
