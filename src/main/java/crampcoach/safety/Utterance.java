package crampcoach.safety;

import java.util.List;

/**
 * One heard string as normalised words, with the two marks every later step reads: words inside a
 * neutral phrase ("hot water bottle") that can never be symptoms, and clause breakers ("but").
 * Built and marked by the detector within a single check, then only read.
 */
final class Utterance {

    private final String[] words;
    private final boolean[] masked;
    private final boolean[] breaker;

    Utterance(List<String> words) {
        this.words = words.toArray(new String[0]);
        this.masked = new boolean[this.words.length];
        this.breaker = new boolean[this.words.length];
    }

    int size() {
        return words.length;
    }

    String word(int position) {
        return words[position];
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
