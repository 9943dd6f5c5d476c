package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import crampcoach.conversation.Awaiting;
import crampcoach.conversation.Coach;
import crampcoach.conversation.IntentNames;
import crampcoach.conversation.MedicalHelp;
import crampcoach.conversation.Reply;
import crampcoach.conversation.RedFlagCheck;
import crampcoach.conversation.SessionState;
import crampcoach.diary.Diary;
import crampcoach.guidance.Pace;
import crampcoach.safety.SafetyQuestion;
import crampcoach.safety.Urgency;
import crampcoach.safety.Verdict;
import crampcoach.speech.SpeechBuilder;
import java.util.Optional;

/**
 * The answer to the safety question. "Yes" gets the help the signs it named need; "no" carries on
 * with what the person asked for; anything else (a new request, "stop", a question the skill can't
 * place) gets the safe side, which names the emergency number, and the session ends. A red flag in
 * the answer itself never gets here: the red-flag handler comes first.
 */
public final class SafetyAnswerHandler implements RequestHandler {

    private final Diary diary;

    /** The diary notes a stretch that "no" starts, as it notes one started straight away. */
    public SafetyAnswerHandler(Diary diary) {
        this.diary = diary;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof IntentRequest
                && Turn.of(input).state().awaiting() == Awaiting.RED_FLAG_CHECK;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        Optional<RedFlagCheck> check = turn.state().redFlagCheck();
        Optional<SafetyQuestion> question = check.flatMap(asked -> turn.content().redFlags().question(asked.questionId()));
        if (question.isPresent() && input.matches(intentName(IntentNames.YES))) {
            return Responder.send(input, MedicalHelp.reply(turn.content(), question.get().yesLevel(), question.get().reason()));
        }
        if (question.isPresent() && input.matches(intentName(IntentNames.NO))) {
            return Responder.send(input, DiaryNotes.afterStretch(input, diary, turn.state(), carryOn(turn, check.get())));
        }
        return Responder.send(input, Reply.end(new SpeechBuilder().say(turn.content().messages().text("safety.unclear")).build())
                .withoutDisclaimer());
    }

    /** What the person asked for before the question, with the question forgotten. */
    private static Reply carryOn(Turn turn, RedFlagCheck check) {
        SessionState answered = turn.state().redFlagCheckAnswered();
        Verdict verdict = check.advisory().map(category -> Verdict.of(Urgency.ADVISORY, category))
                .orElse(Verdict.none());
        Turn after = new Turn(turn.content(), answered, verdict);
        Coach coach = after.coach();
        Reply reply = switch (check.carryOn()) {
            case STRETCH -> coach.start(check.muscle(), Pace.WHOLE);
            case STEP_BY_STEP -> coach.start(check.muscle(), Pace.STEP_BY_STEP);
            case REPORT_SYMPTOM -> ReportSymptomHandler.reply(after);
            case ASK_WHERE -> coach.askWhere(coach.line("safety.carryOn"));
        };
        return reply;
    }
}
