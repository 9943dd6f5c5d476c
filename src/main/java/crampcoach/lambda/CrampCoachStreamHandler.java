package crampcoach.lambda;

import com.amazon.ask.SkillStreamHandler;
import crampcoach.diary.AttributeStore;
import crampcoach.diary.StoreSettings;
import crampcoach.diary.Stores;
import crampcoach.skill.CrampCoachSkill;
import crampcoach.skill.SkillSettings;
import java.util.Map;

/**
 * The Lambda handler named in template.yaml. Lambda reads the environment once per container, so the
 * skill id and the diary's table are looked up once, not on every request.
 */
public final class CrampCoachStreamHandler extends SkillStreamHandler {

    /** Held in a field: org.crac keeps its resources only weakly. */
    private final SnapStartPriming snapStartPriming;
    private final AttributeStore store;

    public CrampCoachStreamHandler() {
        this(System.getenv());
    }

    /** The handler as a deployment with this environment would build it (SKILL_ID, TABLE_NAME, AWS_ENDPOINT_URL_DYNAMODB…). */
    public CrampCoachStreamHandler(Map<String, String> environment) {
        this(SkillSettings.fromEnvironment(environment), Stores.create(StoreSettings.fromEnvironment(environment)));
    }

    private CrampCoachStreamHandler(SkillSettings settings, AttributeStore store) {
        super(CrampCoachSkill.create(settings, store));
        this.store = store;
        this.snapStartPriming = SnapStartPriming.register(this, store);
    }

    /**
     * What SnapStart runs before its snapshot: the canned requests through this handler, its diary's
     * store in a dry run. Public for the tests and the benchmark; returns how many were answered.
     */
    public int primeForSnapStart() {
        return SnapStartPriming.prime(this, store);
    }
}
