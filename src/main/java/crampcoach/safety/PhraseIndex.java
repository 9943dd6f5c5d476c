package crampcoach.safety;

import java.util.ArrayList;
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
    private final Map<String, int[]> byFirstWord;
    private final Map<String, int[]> byFirstPrefix;

    PhraseIndex(List<String> sources, Map<String, List<String>> wordSets) {
        List<Phrase> compiled = new ArrayList<>(sources.size());
        Map<String, List<Integer>> words = new HashMap<>();
        Map<String, List<Integer>> prefixes = new HashMap<>();
        Map<String, WordMatcher> matchers = new HashMap<>();
        for (String source : sources) {
            for (String expanded : Phrase.expand(source)) {
                Phrase phrase = Phrase.parse(expanded, wordSets, matchers);
                int id = compiled.size();
                compiled.add(phrase);
                for (String word : phrase.first().words()) {
                    file(words, word, id);
                }
                for (String prefix : phrase.first().prefixes()) {
                    file(prefixes, prefix.substring(0, WordMatcher.MIN_PREFIX), id);
                }
            }
        }
        this.phrases = List.copyOf(compiled);
        this.byFirstWord = frozen(words);
        this.byFirstPrefix = frozen(prefixes);
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
            String word = utterance.word(start);
            tryAll(byFirstWord.get(word), utterance, start, found);
            if (word.length() >= WordMatcher.MIN_PREFIX) {
                tryAll(byFirstPrefix.get(word.substring(0, WordMatcher.MIN_PREFIX)), utterance, start, found);
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

    /** Ids arrive in increasing order, so a repeat can only be the last one filed. */
    private static void file(Map<String, List<Integer>> index, String key, int id) {
        List<Integer> ids = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (ids.isEmpty() || ids.get(ids.size() - 1) != id) {
            ids.add(id);
        }
    }

    private static Map<String, int[]> frozen(Map<String, List<Integer>> lists) {
        Map<String, int[]> frozen = new HashMap<>(lists.size() * 2);
        for (Map.Entry<String, List<Integer>> entry : lists.entrySet()) {
            List<Integer> ids = entry.getValue();
            int[] array = new int[ids.size()];
            for (int i = 0; i < array.length; i++) {
                array[i] = ids.get(i);
            }
            frozen.put(entry.getKey(), array);
        }
        return Map.copyOf(frozen);
    }
}
