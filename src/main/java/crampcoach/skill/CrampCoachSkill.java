package crampcoach.skill;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import crampcoach.content.ContentLibrary;
import crampcoach.handlers.CalmExceptionHandler;
import crampcoach.handlers.CanFulfillIntentHandler;
import crampcoach.handlers.FallbackHandler;
import crampcoach.handlers.GoodbyeHandler;
import crampcoach.handlers.HelpHandler;
import crampcoach.handlers.LaunchHandler;
import crampcoach.handlers.MedicineHandler;
import crampcoach.handlers.NoHandler;
import crampcoach.handlers.PauseHandler;
import crampcoach.handlers.RedFlagHandler;
import crampcoach.handlers.SafetyAnswerHandler;
import crampcoach.handlers.SafetyQuestionHandler;
import crampcoach.handlers.ReportSymptomHandler;
import crampcoach.handlers.SafetyGate;
import crampcoach.handlers.SessionEndedHandler;
import crampcoach.handlers.SilentRequestHandler;
import crampcoach.handlers.StepByStepHandler;
import crampcoach.handlers.StepNavigationHandler;
import crampcoach.handlers.StretchHandler;
import crampcoach.handlers.TopicHandler;
import crampcoach.handlers.TurnInterceptor;
import crampcoach.handlers.UnhandledRequestHandler;
import crampcoach.handlers.YesHandler;

/** Builds Cramp Coach. */
public final class CrampCoachSkill {

    private CrampCoachSkill() {
    }

    public static AlexaSkill<RequestEnvelope, ResponseEnvelope> create(SkillSettings settings) {
        ContentLibrary library = new ContentLibrary();
        LeanCustomSkill.Builder builder = new LeanCustomSkill.Builder();
        builder
                // Interceptors run in this order before every handler: the gate needs the turn's content.
                .addRequestInterceptor(new TurnInterceptor(library))
                .addRequestInterceptor(new SafetyGate())
                // The SDK tries handlers in registration order, so this list is the routing table.
                // Can-fulfil comes before the red-flag handler because Alexa allows it no speech: past
                // a red flag it answers NO. Then the red-flag handler: no request reaches guidance past one.
                .addRequestHandler(new CanFulfillIntentHandler())
                .addRequestHandler(new RedFlagHandler())
                // Then the one safety question, and its answer, before anything could guide a stretch.
                .addRequestHandler(new SafetyQuestionHandler())
                .addRequestHandler(new SafetyAnswerHandler())
                .addRequestHandler(new SessionEndedHandler())
                // System.ExceptionEncountered, AudioPlayer and other events: an empty response.
                .addRequestHandler(new SilentRequestHandler())
                .addRequestHandler(new LaunchHandler())
                .addRequestHandler(new StretchHandler())
                .addRequestHandler(new StepByStepHandler())
                .addRequestHandlers(StepNavigationHandler.forEveryMove())
                .addRequestHandler(new PauseHandler())
                .addRequestHandler(new YesHandler())
                .addRequestHandler(new NoHandler())
                .addRequestHandler(new ReportSymptomHandler())
                .addRequestHandler(new TopicHandler())
                .addRequestHandler(new MedicineHandler())
                .addRequestHandler(new HelpHandler())
                .addRequestHandler(new GoodbyeHandler())
                .addRequestHandler(new FallbackHandler())
                // Last: whatever nothing above claimed still gets a calm answer.
                .addRequestHandler(new UnhandledRequestHandler())
                .addExceptionHandler(new CalmExceptionHandler(library));
        return new LeanCustomSkill(builder, library, settings.skillId());
    }
}
