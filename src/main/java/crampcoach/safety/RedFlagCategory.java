package crampcoach.safety;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A kind of red flag, with the short sentence the skill says before the action for its level.
 *
 * @param id     an upper-case id such as {@code CHEST_PAIN}; also the SYMPTOM slot value id
 * @param reason one short spoken sentence that names the concern without diagnosing it
 * @param rules  the ways the category can be heard, each with its own level
 */
public record RedFlagCategory(String id, String reason, List<RedFlagRule> rules) {

    public RedFlagCategory {
        Objects.requireNonNull(id, "id");
        if (!isUpperCaseId(id)) {
            throw new IllegalArgumentException("category id must be upper case with underscores: " + id);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(id + ": reason is missing");
        }
        if (rules == null || rules.isEmpty()) {
            throw new IllegalArgumentException(id + ": needs at least one rule");
        }
        rules = List.copyOf(rules);
    }

    /** The least severe level any of its rules raises: what every mention of the category reaches. */
    public Urgency lowestLevel() {
        return rules.stream().map(RedFlagRule::level).min(Comparator.naturalOrder()).orElseThrow();
    }

    /** {@code [A-Z][A-Z_]*}, checked by hand: a regex here compiled a pattern per category. */
    public static boolean isUpperCaseId(String id) {
        if (id.isEmpty() || id.charAt(0) < 'A' || id.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if ((c < 'A' || c > 'Z') && c != '_') {
                return false;
            }
        }
        return true;
    }
}
