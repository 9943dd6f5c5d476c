package crampcoach.safety;

import java.util.List;

/**
 * One heard string as normalised words, with the two marks every later step reads: words inside a
 * neutral phrase ("hot water bottle") that can never be symptoms, and clause breakers ("but").
 * Built and marked by the detector within a single check, then only read.
 */
final class Utterance {

    private final String[] words;
    /** Each word's first {@link WordMatcher#MIN_PREFIX} letters, cut once for every index that looks them up. */
    private final String[] prefixes;
    private final boolean[] masked;
    private final boolean[] breaker;

    Utterance(List<String> words) {
        this.words = words.toArray(new String[0]);
        this.prefixes = new String[this.words.length];
        for (int i = 0; i < this.words.length; i++) {
            String word = this.words[i];
            prefixes[i] = word.length() >= WordMatcher.MIN_PREFIX ? word.substring(0, WordMatcher.MIN_PREFIX) : null;
        }
        this.masked = new boolean[this.words.length];
        this.breaker = new boolean[this.words.length];
    }

    int size() {
        return words.length;
    }

    String word(int position) {
        return words[position];
    }

    /** The word's first letters as phrase indexes file prefixes, or null for a word too short to have one. */
    String prefix(int position) {
        return prefixes[position];
    }

    /** Whether a phrase may use this word: it exists and is not part of a neutral phrase. */
    boolean usable(int position) {
        return position < words.length && !masked[position];
    }

    boolean isBreaker(int position) {
        return position < words.length && breaker[position];
    }

    void mask(Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            masked[i] = true;
        }
    }

    void markBreaker(Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            breaker[i] = true;
        }
    }
}
