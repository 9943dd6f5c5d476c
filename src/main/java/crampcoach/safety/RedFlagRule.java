package crampcoach.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One way a category shows itself: every group must be heard (in any order, anywhere in the same
 * utterance), each group satisfied by any one of its phrases. {@code [["chest"], ["tight*", "pain*"]]}
 * reads "chest" together with tightness or pain.
 *
 * <p>Phrase syntax: words separated by single spaces; a word may list alternatives with {@code |}
 * ({@code calf|calves}), end in {@code *} to match by prefix ({@code swell*}), or name a word set from
 * the lexicon ({@code @LIMB}); {@code (can not|unable to)} lists alternatives of several words; the
 * word {@code ..} lets up to two other words stand between its neighbours ({@code down .. arm}
 * matches "down my left arm"). Phrases match normalised words: lower case, contractions spelled
 * out ("can't" is "can not", "it's" is "it is").
 *
 * @param level the urgency when the rule is heard
 * @param allOf the groups, each a non-empty list of phrases
 */
public record RedFlagRule(Urgency level, List<List<String>> allOf) {

    public RedFlagRule {
        Objects.requireNonNull(level, "level");
        if (level == Urgency.NONE) {
            throw new IllegalArgumentException("a rule must raise a level above NONE");
        }
        if (allOf == null || allOf.isEmpty()) {
            throw new IllegalArgumentException("a rule needs at least one group");
        }
        List<List<String>> checked = new ArrayList<>(allOf.size());
        for (List<String> group : allOf) {
            checked.add(checkedGroup(group));
        }
        allOf = List.copyOf(checked);
    }

    /** A rule that any one of the phrases satisfies. */
    public static RedFlagRule anyOf(Urgency level, List<String> phrases) {
        return new RedFlagRule(level, List.of(phrases));
    }

    private static List<String> checkedGroup(List<String> group) {
        if (group == null || group.isEmpty()) {
            throw new IllegalArgumentException("a rule group needs at least one phrase");
        }
        for (String phrase : group) {
            if (phrase == null || phrase.isBlank()) {
                throw new IllegalArgumentException("blank phrase in rule group " + group);
            }
        }
        return List.copyOf(group);
    }
}
