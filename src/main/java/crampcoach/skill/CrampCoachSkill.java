package crampcoach.skill;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import java.time.Clock;
import crampcoach.content.ContentLibrary;
import crampcoach.device.HttpApiClient;
import crampcoach.device.MemoryTimeZoneCache;
import crampcoach.device.TimeZoneLookup;
import crampcoach.diary.AttributeStore;
import crampcoach.diary.Diary;
import crampcoach.diary.StoreSettings;
import crampcoach.diary.Stores;
import crampcoach.handlers.CalmExceptionHandler;
import crampcoach.handlers.CanFulfillIntentHandler;
import crampcoach.handlers.CancelStretchReminderHandler;
import crampcoach.handlers.ReminderConsentHandler;
import crampcoach.handlers.StretchReminderHandler;
import crampcoach.handlers.DeviceInterceptor;
import crampcoach.handlers.DeleteDiaryHandler;
import crampcoach.handlers.DiaryCountHandler;
import crampcoach.handlers.FallbackHandler;
import crampcoach.handlers.LastCrampHandler;
import crampcoach.handlers.LogCrampHandler;
import crampcoach.handlers.SkillDisabledHandler;
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
import java.util.Map;

/** Builds Cramp Coach. */
public final class CrampCoachSkill {

    private CrampCoachSkill() {
    }

    /** The skill with an in-memory diary: the console and the tests that do not look at the store. */
    public static AlexaSkill<RequestEnvelope, ResponseEnvelope> create(SkillSettings settings) {
        return create(settings, Stores.create(StoreSettings.fromEnvironment(Map.of())));
    }

    /** The skill, its diary kept in {@code store}, which is also the SDK's persistence adapter. */
    public static AlexaSkill<RequestEnvelope, ResponseEnvelope> create(SkillSettings settings, AttributeStore store) {
        ContentLibrary library = new ContentLibrary();
        // The device's zone, as the device interceptor found it through Alexa's settings API.
        Diary diary = new Diary(store, DeviceInterceptor::zone);
        LeanCustomSkill.Builder builder = new LeanCustomSkill.Builder();
        builder.withPersistenceAdapter(store);
        builder
                // Interceptors run in this order before every handler: the gate needs the turn's content.
                .addRequestInterceptor(new TurnInterceptor(library))
                .addRequestInterceptor(new SafetyGate())
                // After the gate: a red flag must not wait for the device's time zone.
                .addRequestInterceptor(new DeviceInterceptor(library, new TimeZoneLookup(new MemoryTimeZoneCache(), Clock.systemUTC())))
                // The SDK tries handlers in registration order, so this list is the routing table.
                // Can-fulfil comes before the red-flag handler because Alexa allows it no speech: past
                // a red flag it answers NO. Then the red-flag handler: no request reaches guidance past one.
                .addRequestHandler(new CanFulfillIntentHandler())
                .addRequestHandler(new RedFlagHandler())
                // Then the one safety question, and its answer, before anything could guide a stretch.
                .addRequestHandler(new SafetyQuestionHandler())
                .addRequestHandler(new SafetyAnswerHandler(diary))
                .addRequestHandler(new SessionEndedHandler())
                .addRequestHandler(new LaunchHandler())
                .addRequestHandler(new StretchHandler(diary))
                .addRequestHandler(new StepByStepHandler(diary))
                .addRequestHandlers(StepNavigationHandler.forEveryMove())
                .addRequestHandler(new PauseHandler())
                .addRequestHandler(new YesHandler(diary))
                .addRequestHandler(new NoHandler())
                .addRequestHandler(new ReportSymptomHandler())
                .addRequestHandler(new TopicHandler())
                .addRequestHandler(new MedicineHandler())
                .addRequestHandler(new StretchReminderHandler())
                .addRequestHandler(new CancelStretchReminderHandler())
                .addRequestHandler(new ReminderConsentHandler())
                .addRequestHandler(new LogCrampHandler(diary))
                .addRequestHandler(new DiaryCountHandler(diary))
                .addRequestHandler(new LastCrampHandler(diary))
                .addRequestHandler(new DeleteDiaryHandler())
                .addRequestHandler(new SkillDisabledHandler(diary))
                .addRequestHandler(new HelpHandler())
                .addRequestHandler(new GoodbyeHandler())
                .addRequestHandler(new FallbackHandler())
                // System.ExceptionEncountered, AudioPlayer and other events nothing above claimed
                // (skill events and reminder answers have their own handlers): an empty response.
                .addRequestHandler(new SilentRequestHandler())
                // Last: whatever nothing above claimed still gets a calm answer.
                .addRequestHandler(new UnhandledRequestHandler())
                .addExceptionHandler(new CalmExceptionHandler(library))
                // The SDK's service clients (settings, reminders) call Alexa's APIs through this.
                .withApiClient(new HttpApiClient(TimeZoneLookup.NETWORK_TIMEOUT, TimeZoneLookup.NETWORK_TIMEOUT));
        settings.skillId().ifPresent(builder::withSkillId);
        return new LeanCustomSkill(builder, library);
    }
}
