package crampcoach.lambda;

import com.amazon.ask.SkillStreamHandler;
import crampcoach.skill.CrampCoachSkill;
import crampcoach.skill.SkillSettings;

/**
 * The Lambda handler named in template.yaml. Lambda reads the environment once per container, so the
 * skill id is verified on every request without being looked up again.
 */
public final class CrampCoachStreamHandler extends SkillStreamHandler {

    /** Held in a field: org.crac keeps its resources only weakly. */
    private final SnapStartPriming snapStartPriming = SnapStartPriming.register(this);

    public CrampCoachStreamHandler() {
        super(CrampCoachSkill.create(SkillSettings.fromEnvironment(System.getenv())));
    }
}
