package crampcoach.safety;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Matches one word position of a phrase: exact alternatives plus prefix alternatives ({@code swell*}).
 * Prefixes instead of a stemmer keep every match visible in the lexicon: "pain*" says on its face
 * that it also takes "painful" and "pains".
 */
final class WordMatcher {

    static final int MIN_PREFIX = 3;

    /** Never changed after {@link #parse}; kept as built because a copy would hash every word again. */
    private final Set<String> words;
    private final List<String> prefixes;

    private WordMatcher(Set<String> words, List<String> prefixes) {
        this.words = words;
        this.prefixes = prefixes;
    }

    /** Parses {@code a|b*|@SET}; sets expand to their own alternatives. */
    static WordMatcher parse(String alternatives, Map<String, List<String>> wordSets) {
        if (isPlainWord(alternatives)) {
            // Most phrase words are just a word ("chest"); they need no sets merged and copied.
            return new WordMatcher(Set.of(alternatives), List.of());
        }
        Set<String> words = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        for (String alternative : alternatives(alternatives)) {
            if (alternative.startsWith("@")) {
                List<String> set = wordSets.get(alternative.substring(1));
                if (set == null) {
                    throw new IllegalArgumentException("unknown word set " + alternative);
                }
                for (String member : set) {
                    if (member.indexOf(' ') >= 0 || member.startsWith("@")) {
                        throw new IllegalArgumentException("word set " + alternative + " may hold single words only: " + member);
                    }
                    add(member, words, prefixes);
                }
            } else {
                add(alternative, words, prefixes);
            }
        }
        return new WordMatcher(Collections.unmodifiableSet(words), List.copyOf(prefixes));
    }

    /** One matcher over a list of single words, for the word classes of the negation cues. */
    static WordMatcher ofWords(List<String> entries) {
        return parse(String.join("|", entries), Map.of());
    }

    /**
     * The {@code |}-separated parts, exactly as {@code split("\\|")} gives them (trailing empty parts
     * dropped, an empty input kept as one empty part), without going through String.split.
     */
    private static List<String> alternatives(String text) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        int bar;
        while ((bar = text.indexOf('|', from)) >= 0) {
            parts.add(text.substring(from, bar));
            from = bar + 1;
        }
        if (parts.isEmpty()) {
            parts.add(text);
            return parts;
        }
        parts.add(text.substring(from));
        while (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        return parts;
    }

    /** One lower-case word with no alternatives, set or prefix; anything else takes the long way. */
    private static boolean isPlainWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c == '\'' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    private static void add(String alternative, Set<String> words, List<String> prefixes) {
        if (alternative.isEmpty() || alternative.indexOf(' ') >= 0 || !alternative.equals(alternative.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("an alternative must be one lower-case word: '" + alternative + "'");
        }
        String bare = alternative.endsWith("*") ? alternative.substring(0, alternative.length() - 1) : alternative;
        if (!isPlainWord(bare)) {
            // "(me )?in" is regex, not phrase syntax: its "?in" would silently never match
            throw new IllegalArgumentException("an alternative may hold only letters, digits and apostrophes: '" + alternative + "'");
        }
        if (alternative.endsWith("*")) {
            String prefix = alternative.substring(0, alternative.length() - 1);
            if (prefix.length() < MIN_PREFIX) {
                throw new IllegalArgumentException("prefix too short to be safe: " + alternative);
            }
            prefixes.add(prefix);
        } else {
            words.add(alternative);
        }
    }

    boolean matches(String word) {
        if (words.contains(word)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    Set<String> words() {
        return words;
    }

    List<String> prefixes() {
        return prefixes;
    }
}
