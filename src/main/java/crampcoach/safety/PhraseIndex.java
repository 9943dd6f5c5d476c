package crampcoach.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of a list of phrases in an utterance. Phrases are filed under the words and
 * the three-letter prefixes their first word accepts, so a lookup costs two map reads per word
 * however large the lexicon: construction stays a few milliseconds and no regex is compiled.
 */
final class PhraseIndex {

    private final List<Phrase> phrases;
    /** Neither map nor its arrays change after construction, so the index is safe to share. */
    private final Map<String, int[]> byFirstWord;
    private final Map<String, int[]> byFirstPrefix;

    /** Indexes phrases in the lexicon's syntax, spelling out their {@code (a|b)} groups first. */
    PhraseIndex(List<String> sources, Map<String, List<String>> wordSets) {
        this(compile(expandAll(sources), wordSets));
    }

    /**
     * Indexes phrases that {@link Phrase#expand} already spelled out, each getting its position as
     * id; for the rule book, which expands every phrase anyway to share the duplicates.
     */
    static PhraseIndex ofExpanded(List<String> expanded, Map<String, List<String>> wordSets) {
        return new PhraseIndex(compile(expanded, wordSets));
    }

    private PhraseIndex(List<Phrase> compiled) {
        Map<String, int[]> words = new HashMap<>();
        Map<String, int[]> prefixes = new HashMap<>();
        for (int id = 0; id < compiled.size(); id++) {
            WordMatcher first = compiled.get(id).first();
            for (String word : first.words()) {
                file(words, word, id);
            }
            for (String prefix : first.prefixes()) {
                file(prefixes, prefix.substring(0, WordMatcher.MIN_PREFIX), id);
            }
        }
        this.phrases = List.copyOf(compiled);
        this.byFirstWord = words;
        this.byFirstPrefix = prefixes;
    }

    private static List<String> expandAll(List<String> sources) {
        List<String> expanded = new ArrayList<>(sources.size());
        for (String source : sources) {
            expanded.addAll(Phrase.expand(source));
        }
        return expanded;
    }

    /** Word matchers are shared within one index: "@LIMB" appears in dozens of phrases. */
    private static List<Phrase> compile(List<String> expanded, Map<String, List<String>> wordSets) {
        List<Phrase> compiled = new ArrayList<>(expanded.size());
        Map<String, WordMatcher> matchers = new HashMap<>();
        for (String phrase : expanded) {
            compiled.add(Phrase.parse(phrase, wordSets, matchers));
        }
        return compiled;
    }

    int size() {
        return phrases.size();
    }

    Phrase phrase(int id) {
        return phrases.get(id);
    }

    /** Every (phrase, start, end) occurrence, in start order; overlapping occurrences are all kept. */
    List<Span> findAll(Utterance utterance) {
        List<Span> found = new ArrayList<>();
        for (int start = 0; start < utterance.size(); start++) {
            tryAll(byFirstWord.get(utterance.word(start)), utterance, start, found);
            String prefix = utterance.prefix(start);
            if (prefix != null) {
                tryAll(byFirstPrefix.get(prefix), utterance, start, found);
            }
        }
        return found;
    }

    private void tryAll(int[] candidates, Utterance utterance, int start, List<Span> found) {
        if (candidates == null) {
            return;
        }
        for (int id : candidates) {
            int end = phrases.get(id).matchEnd(utterance, start);
            if (end > start && !contains(found, id, start)) {
                found.add(new Span(id, start, end));
            }
        }
    }

    /** A phrase filed under both a word and a prefix must not be reported twice at one start. */
    private static boolean contains(List<Span> found, int id, int start) {
        for (int i = found.size() - 1; i >= 0 && found.get(i).start() == start; i--) {
            if (found.get(i).phrase() == id) {
                return true;
            }
        }
        return false;
    }

    /**
     * Ids arrive in increasing order, so a repeat can only be the last one filed. The arrays grow one
     * at a time: most words start only a few phrases, and no list or boxed id is built to convert.
     */
    private static void file(Map<String, int[]> index, String key, int id) {
        int[] ids = index.get(key);
        if (ids == null) {
            index.put(key, new int[] {id});
        } else if (ids[ids.length - 1] != id) {
            int[] longer = Arrays.copyOf(ids, ids.length + 1);
            longer[ids.length] = id;
            index.put(key, longer);
        }
    }
}
