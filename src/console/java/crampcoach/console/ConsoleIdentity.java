package crampcoach.console;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling: the skill id the requests are addressed to, and the user and device they come from.
 * The ids stay fixed for a console run, as they would for one person on one Echo.
 */
record ConsoleIdentity(String skillId, String userId, String deviceId) {

    /** Used when SKILL_ID is not set; a skill that verifies its id must be given the same value. */
    static final String DEFAULT_SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-c0a5c0a5c0a5";
    static final String USER_ID = "amzn1.ask.account.LOCAL-CONSOLE-USER";
    static final String DEVICE_ID = "amzn1.ask.device.LOCAL-CONSOLE-DEVICE";

    ConsoleIdentity {
        requireText(skillId, "skillId");
        requireText(userId, "userId");
        requireText(deviceId, "deviceId");
    }

    /** The skill id from the SKILL_ID environment variable (the one the skill verifies) when set. */
    static ConsoleIdentity fromEnvironment(Optional<String> skillIdVariable) {
        String skillId = skillIdVariable.filter(id -> !id.isBlank()).map(String::strip).orElse(DEFAULT_SKILL_ID);
        return new ConsoleIdentity(skillId, USER_ID, DEVICE_ID);
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
