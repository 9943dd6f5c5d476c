package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import crampcoach.conversation.Awaiting;
import crampcoach.conversation.Coach;
import crampcoach.conversation.IntentNames;
import crampcoach.conversation.Reply;
import crampcoach.diary.Diary;
import java.util.Optional;

/** "Yes", read against the question the skill asked last. */
public final class YesHandler implements RequestHandler {

    private final Diary diary;

    public YesHandler(Diary diary) {
        this.diary = diary;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.YES));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        Coach coach = turn.coach();
        Reply reply = switch (turn.state().awaiting()) {
            case EASED -> Reply.end(coach.line("eased.yes"));
            case CAN_STAND -> turn.state().position()
                    .map(position -> coach.standing(coach.routine(position.routineId())))
                    .orElseGet(() -> coach.askWhere(coach.line("yes.which")));
            case DELETE_DIARY -> Reply.end(coach.line(diary.delete(input.getRequestEnvelope())
                    ? "diary.delete.done" : "diary.delete.failed"));
            case SAFETY_CHECK -> coach.answerCheck(true);
            case THIGH_SIDE, LEG_PART -> coach.askAgain(coach.line("yes.which"));
            case WANTS_STRETCH, WHERE -> coach.askWhere(coach.line("yes.which"));
            // The gate's own question is answered by the safety answer handler, registered before this one.
            case NOTHING, RED_FLAG_CHECK -> Reply.ask(coach.line("yes.unclear"), coach.text("help.question"),
                    turn.state().awaiting(Awaiting.WHERE));
        };
        return Responder.send(input, reply);
    }
}
