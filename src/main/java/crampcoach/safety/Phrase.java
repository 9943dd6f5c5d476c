package crampcoach.safety;

import java.util.ArrayList;
import java.util.Arrays;
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
            return List.of(isSingleSpaced(source) ? source : String.join(" ", words(source)));
        }
        int close = source.indexOf(')', open);
        int nested = source.indexOf('(', open + 1);
        if (close < 0 || nested >= 0 && nested < close) {
            throw new IllegalArgumentException("unbalanced or nested '(' in phrase: " + source);
        }
        List<String> expanded = new ArrayList<>();
        String head = source.substring(0, open);
        String tail = source.substring(close + 1);
        int from = open + 1;
        while (from <= close) {
            int bar = source.indexOf('|', from);
            int to = bar >= 0 && bar < close ? bar : close;
            String alternative = source.substring(from, to);
            if (alternative.isBlank()) {
                throw new IllegalArgumentException("empty alternative in phrase: " + source);
            }
            expanded.addAll(expand(head + " " + alternative.trim() + " " + tail));
            from = to + 1;
        }
        return expanded;
    }

    /**
     * Compiles one expanded phrase. Word matchers are shared through {@code matchers}, keyed by their
     * text: "@LIMB" appears in dozens of phrases and is built once.
     */
    static Phrase parse(String source, Map<String, List<String>> wordSets, Map<String, WordMatcher> matchers) {
        List<String> parts = words(source);
        WordMatcher[] steps = new WordMatcher[parts.size()];
        int[] gapBefore = new int[parts.size()];
        int count = 0;
        int pendingGap = 0;
        for (String part : parts) {
            if (part.equals(GAP)) {
                if (count == 0) {
                    throw new IllegalArgumentException("a phrase cannot start with '..': " + source);
                }
                pendingGap = MAX_GAP;
                continue;
            }
            WordMatcher matcher = matchers.get(part);
            if (matcher == null) {
                matcher = WordMatcher.parse(part, wordSets);
                matchers.put(part, matcher);
            }
            steps[count] = matcher;
            gapBefore[count] = pendingGap;
            count++;
            pendingGap = 0;
        }
        if (count == 0 || pendingGap != 0) {
            throw new IllegalArgumentException("a phrase needs words and cannot end with '..': " + source);
        }
        return new Phrase(source, Arrays.copyOf(steps, count), Arrays.copyOf(gapBefore, count));
    }

    /**
     * The space-separated words of a phrase. Split by hand because a regex split costs a compile per
     * call, and by indexOf rather than charAt because a cold JVM interprets this for every phrase.
     */
    static List<String> words(String source) {
        List<String> words = new ArrayList<>();
        int start = 0;
        while (start < source.length()) {
            int space = source.indexOf(' ', start);
            int end = space < 0 ? source.length() : space;
            if (end > start) {
                words.add(source.substring(start, end));
            }
            start = end + 1;
        }
        return words;
    }

    /** Whether a phrase is already its words joined by single spaces, as the lexicon writes them. */
    private static boolean isSingleSpaced(String source) {
        return source.isEmpty() || source.charAt(0) != ' ' && source.charAt(source.length() - 1) != ' '
                && source.indexOf("  ") < 0;
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
