package crampcoach.skill;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Deployment settings, read once at start-up.
 *
 * @param skillId the Alexa skill id requests must carry; empty only for local runs and tests
 */
public record SkillSettings(Optional<String> skillId) {

    /** The environment variable Lambda sets from template.yaml. */
    public static final String SKILL_ID_VARIABLE = "SKILL_ID";

    public SkillSettings {
        Objects.requireNonNull(skillId, "skillId");
        skillId = skillId.map(String::strip).filter(id -> !id.isEmpty());
    }

    public static SkillSettings fromEnvironment(Map<String, String> environment) {
        return new SkillSettings(Optional.ofNullable(environment.get(SKILL_ID_VARIABLE)));
    }

    public static SkillSettings local() {
        return new SkillSettings(Optional.empty());
    }
}
