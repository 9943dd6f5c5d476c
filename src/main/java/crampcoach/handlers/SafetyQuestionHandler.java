package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.requestAttribute;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import crampcoach.conversation.Awaiting;
import crampcoach.conversation.IntentNames;
import crampcoach.conversation.Reply;
import crampcoach.conversation.RedFlagCheck;
import crampcoach.safety.SafetyQuestion;
import crampcoach.safety.Urgency;
import crampcoach.speech.Speech;
import java.util.Optional;

/**
 * When the gate could not place what was heard as ordinary, or doubts a red flag heard in ordinary
 * words, one short yes/no question naming the likeliest signs comes before any stretch. The session remembers only the question's id and what the
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
        if (turn.state().awaiting() == Awaiting.SAFETY_CHECK) {
            // Said in answer to a routine's own safety question ("did this start after a fall?"), a
            // mention the gate cannot place answers it on the safe side: as a yes.
            return Responder.send(input, turn.coach().answerCheck(true));
        }
        String questionId = turn.verdict().question().orElseThrow();
        SafetyQuestion question = turn.content().redFlags().question(questionId)
                .orElseThrow(() -> new IllegalStateException("the detector named an unknown question " + questionId));
        Optional<String> advisory = turn.verdict().urgency() == Urgency.ADVISORY ? turn.verdict().category() : Optional.empty();
        RedFlagCheck check = new RedFlagCheck(questionId, carryOn(input), muscle(input), advisory);
        return Responder.send(input, Reply.ask(Speech.EMPTY, question.question(),
                turn.content().messages().text("safety.silence"), turn.state().askingRedFlagCheck(check)));
    }

    private static RedFlagCheck.CarryOn carryOn(HandlerInput input) {
        String intent = input.getRequestEnvelope().getRequest() instanceof IntentRequest request && request.getIntent() != null
                ? request.getIntent().getName()
                : "";
        return switch (intent) {
            case IntentNames.STRETCH -> RedFlagCheck.CarryOn.STRETCH;
            case IntentNames.STEP_BY_STEP -> RedFlagCheck.CarryOn.STEP_BY_STEP;
            case IntentNames.REPORT_SYMPTOM, IntentNames.DESCRIBE_SYMPTOM -> RedFlagCheck.CarryOn.REPORT_SYMPTOM;
            default -> RedFlagCheck.CarryOn.ASK_WHERE;
        };
    }

    /** The muscle's id when it resolved to one the skill knows; an unrecognised one is asked again later. */
    private static Optional<String> muscle(HandlerInput input) {
        return Slots.resolvedId(input, IntentNames.MUSCLE_SLOT).filter(RedFlagCheck::isId)
                .filter(id -> !id.equals(Slots.UNRECOGNISED));
    }
}
