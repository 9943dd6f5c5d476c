package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import crampcoach.conversation.Coach;
import crampcoach.conversation.IntentNames;
import crampcoach.diary.Diary;
import crampcoach.guidance.Pace;
import crampcoach.guidance.Position;
import crampcoach.guidance.Routine;
import java.util.Optional;

/** "Take me through it step by step": one step per turn, for the named muscle or the current routine. */
public final class StepByStepHandler implements RequestHandler {

    private final Diary diary;

    public StepByStepHandler(Diary diary) {
        this.diary = diary;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.STEP_BY_STEP));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        Coach coach = turn.coach();
        Optional<String> muscle = Slots.resolvedId(input, IntentNames.MUSCLE_SLOT);
        Optional<Position> current = turn.state().position();
        if (muscle.isEmpty() && current.isPresent()) {
            Routine routine = coach.routine(current.get().routineId());
            return Responder.send(input, coach.step(routine, Position.start(routine, Pace.STEP_BY_STEP)));
        }
        return Responder.send(input, DiaryNotes.afterStretch(input, diary, turn.state(), coach.start(muscle, Pace.STEP_BY_STEP)));
    }
}
