package crampcoach.safety;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The categories' rules compiled against one shared index of symptom phrases. Each phrase knows the
 * (rule, group) pairs it satisfies, so a check only visits the rules of the phrases actually heard.
 */
final class RuleBook {

    /** Groups per rule are tracked in one long bit mask; a (rule, group) pair packs into one int. */
    private static final int MAX_GROUPS = 63;
    private static final int GROUP_BITS = 6;

    private final PhraseIndex phrases;
    private final CompiledRule[] rules;
    private final int[][] rulesByPhrase;

    RuleBook(List<RedFlagCategory> categories, Map<String, List<String>> wordSets) {
        Map<String, Integer> phraseIds = new LinkedHashMap<>();
        List<List<Integer>> satisfies = new ArrayList<>();
        List<CompiledRule> compiled = new ArrayList<>();
        for (int category = 0; category < categories.size(); category++) {
            for (RedFlagRule rule : categories.get(category).rules()) {
                if (rule.allOf().size() > MAX_GROUPS) {
                    throw new IllegalArgumentException(categories.get(category).id() + ": too many groups in one rule");
                }
                int ruleId = compiled.size();
                compiled.add(new CompiledRule(category, rule.level(), rule.allOf().size()));
                for (int group = 0; group < rule.allOf().size(); group++) {
                    for (String source : rule.allOf().get(group)) {
                        for (String phrase : Phrase.expand(source)) {
                            Integer id = phraseIds.get(phrase);
                            if (id == null) {
                                id = satisfies.size();
                                phraseIds.put(phrase, id);
                                satisfies.add(new ArrayList<>());
                            }
                            satisfies.get(id).add(ruleId << GROUP_BITS | group);
                        }
                    }
                }
            }
        }
        this.phrases = PhraseIndex.ofExpanded(List.copyOf(phraseIds.keySet()), wordSets);
        this.rules = compiled.toArray(new CompiledRule[0]);
        this.rulesByPhrase = new int[satisfies.size()][];
        for (int id = 0; id < rulesByPhrase.length; id++) {
            List<Integer> pairs = satisfies.get(id);
            rulesByPhrase[id] = new int[pairs.size()];
            for (int i = 0; i < pairs.size(); i++) {
                rulesByPhrase[id][i] = pairs.get(i);
            }
        }
    }

    PhraseIndex phrases() {
        return phrases;
    }

    /** The most severe rule satisfied by the heard phrases, if any. */
    Optional<Finding> best(List<Span> heardPhrases) {
        long[] satisfiedGroups = new long[rules.length];
        Finding best = null;
        for (Span heard : heardPhrases) {
            for (int packed : rulesByPhrase[heard.phrase()]) {
                int ruleId = packed >>> GROUP_BITS;
                satisfiedGroups[ruleId] |= 1L << (packed & MAX_GROUPS);
                CompiledRule rule = rules[ruleId];
                if (satisfiedGroups[ruleId] == rule.allGroups()) {
                    Finding finding = new Finding(rule.level(), rule.groups(), rule.category());
                    if (best == null || finding.outranks(best)) {
                        best = finding;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private record CompiledRule(int category, Urgency level, int groups) {

        long allGroups() {
            return (1L << groups) - 1;
        }
    }

    /**
     * A satisfied rule. Between findings, the higher level wins; on a tie the rule with more groups
     * (the more specific reading: "hot and faint" over "faint"), then the earlier category.
     */
    record Finding(Urgency level, int specificity, int category) {

        boolean outranks(Finding other) {
            if (level != other.level) {
                return level.compareTo(other.level) > 0;
            }
            if (specificity != other.specificity) {
                return specificity > other.specificity;
            }
            return category < other.category;
        }
    }
}
