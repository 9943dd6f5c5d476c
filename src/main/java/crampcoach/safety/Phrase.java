package crampcoach.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A compiled phrase of the lexicon: word matchers in order, each allowing a short gap before it. */
final class Phrase {

    /** How many words a {@code ..} lets stand between two phrase words. */
    static final int MAX_GAP = 2;
    private static final String GAP = "..";

    private final String source;
    private final WordMatcher[] steps;
    private final int[] gapBefore;

    private Phrase(String source, WordMatcher[] steps, int[] gapBefore) {
        this.source = source;
        this.steps = steps;
        this.gapBefore = gapBefore;
    }

    /**
     * Spells out the multi-word alternatives of a phrase: {@code (can not|unable to) breathe} becomes
     * "can not breathe" and "unable to breathe". Groups do not nest; several groups multiply.
     */
    static List<String> expand(String source) {
        int open = source.indexOf('(');
        if (open < 0) {
            if (source.indexOf(')') >= 0) {
                throw new IllegalArgumentException("unbalanced ')' in phrase: " + source);
            }
            return List.of(String.join(" ", words(source)));
        }
        int close = source.indexOf(')', open);
        if (close < 0 || source.substring(open + 1, close).indexOf('(') >= 0) {
            throw new IllegalArgumentException("unbalanced or nested '(' in phrase: " + source);
        }
        List<String> expanded = new ArrayList<>();
        for (String alternative : source.substring(open + 1, close).split("\\|", -1)) {
            if (alternative.isBlank()) {
                throw new IllegalArgumentException("empty alternative in phrase: " + source);
            }
            expanded.addAll(expand(source.substring(0, open) + " " + alternative.trim() + " " + source.substring(close + 1)));
        }
        return expanded;
    }

    /**
     * Compiles one expanded phrase. Word matchers are shared through {@code matchers}, keyed by their
     * text: "@LIMB" appears in dozens of phrases and is built once.
     */
    static Phrase parse(String source, Map<String, List<String>> wordSets, Map<String, WordMatcher> matchers) {
        List<String> parts = words(source);
        List<WordMatcher> steps = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        int pendingGap = 0;
        for (String part : parts) {
            if (part.equals(GAP)) {
                if (steps.isEmpty()) {
                    throw new IllegalArgumentException("a phrase cannot start with '..': " + source);
                }
                pendingGap = MAX_GAP;
                continue;
            }
            steps.add(matchers.computeIfAbsent(part, key -> WordMatcher.parse(key, wordSets)));
            gaps.add(pendingGap);
            pendingGap = 0;
        }
        if (steps.isEmpty() || pendingGap != 0) {
            throw new IllegalArgumentException("a phrase needs words and cannot end with '..': " + source);
        }
        return new Phrase(source, steps.toArray(WordMatcher[]::new), gaps.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The space-separated words of a phrase; split by hand because a regex split costs a compile per call. */
    private static List<String> words(String source) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= source.length(); i++) {
            boolean space = i == source.length() || source.charAt(i) == ' ';
            if (space && start >= 0) {
                words.add(source.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    WordMatcher first() {
        return steps[0];
    }

    String source() {
        return source;
    }

    /**
     * The end (exclusive) of this phrase when it starts at {@code start}, or -1. A gap never spans a
     * clause breaker, and no phrase word may be a masked (neutral) word.
     */
    int matchEnd(Utterance utterance, int start) {
        return matchFrom(utterance, 0, start);
    }

    private int matchFrom(Utterance utterance, int step, int position) {
        if (!utterance.usable(position) || !steps[step].matches(utterance.word(position))) {
            return -1;
        }
        if (step + 1 == steps.length) {
            return position + 1;
        }
        int next = position + 1;
        for (int skipped = 0; skipped <= gapBefore[step + 1]; skipped++) {
            int end = matchFrom(utterance, step + 1, next + skipped);
            if (end >= 0) {
                return end;
            }
            if (next + skipped >= utterance.size() || utterance.isBreaker(next + skipped)) {
                return -1;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return source;
    }
}
