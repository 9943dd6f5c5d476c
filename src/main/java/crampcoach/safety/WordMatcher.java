package crampcoach.safety;

import java.util.ArrayList;
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

    private final Set<String> words;
    private final List<String> prefixes;

    private WordMatcher(Set<String> words, List<String> prefixes) {
        this.words = Set.copyOf(words);
        this.prefixes = List.copyOf(prefixes);
    }

    /** Parses {@code a|b*|@SET}; sets expand to their own alternatives. */
    static WordMatcher parse(String alternatives, Map<String, List<String>> wordSets) {
        Set<String> words = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        for (String alternative : alternatives.split("\\|")) {
            if (alternative.startsWith("@")) {
                List<String> set = wordSets.get(alternative.substring(1));
                if (set == null) {
                    throw new IllegalArgumentException("unknown word set " + alternative);
                }
                for (String member : set) {
                    if (member.contains(" ") || member.startsWith("@")) {
                        throw new IllegalArgumentException("word set " + alternative + " may hold single words only: " + member);
                    }
                    add(member, words, prefixes);
                }
            } else {
                add(alternative, words, prefixes);
            }
        }
        return new WordMatcher(words, prefixes);
    }

    /** One matcher over a list of single words, for the word classes of the negation cues. */
    static WordMatcher ofWords(List<String> entries) {
        return parse(String.join("|", entries), Map.of());
    }

    private static void add(String alternative, Set<String> words, List<String> prefixes) {
        if (alternative.isEmpty() || alternative.contains(" ") || !alternative.equals(alternative.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("an alternative must be one lower-case word: '" + alternative + "'");
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
