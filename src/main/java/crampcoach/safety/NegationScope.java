package crampcoach.safety;

import java.util.List;
import java.util.Map;

/**
 * Decides which symptom words were denied. A denial reaches only the symptom it governs: forward
 * from "no"/"not" across a few filler words to the next symptom, on through "or"/"in my" to a second
 * one, and no further; backward from "fine"/"ok" or from "is not" to the symptom just named. It stops
 * at any clause breaker ("but", "and now") and at a new subject ("it", "i"), so in "no numbness but
 * it's swollen" the swelling still counts. Everything not clearly denied stays heard: a missed
 * denial costs a needless warning, a wrong one could cost a life.
 */
final class NegationScope {

    /** Longest reach of one cue, in words; real denials are short ("i don't have any chest pain"). */
    private static final int MAX_REACH = 8;
    /** Unknown words a forward cue may cross before its symptom: "no obvious swelling". */
    private static final int FORWARD_UNKNOWN = 2;
    /** Unknown words a backward cue may cross: "my chest area is fine". */
    private static final int BACKWARD_UNKNOWN = 1;

    private final PhraseIndex before;
    private final PhraseIndex after;
    private final PhraseIndex answers;
    private final WordMatcher linking;
    private final WordMatcher fillers;
    private final WordMatcher connectors;
    private final WordMatcher determiners;
    private final WordMatcher stops;

    NegationScope(NegationCues cues, Map<String, List<String>> wordSets) {
        this.before = new PhraseIndex(cues.before(), wordSets);
        this.after = new PhraseIndex(cues.after(), wordSets);
        this.answers = new PhraseIndex(cues.answers(), wordSets);
        this.linking = WordMatcher.ofWords(cues.linking());
        this.fillers = WordMatcher.ofWords(cues.fillers());
        this.connectors = WordMatcher.ofWords(cues.connectors());
        this.determiners = WordMatcher.ofWords(cues.determiners());
        this.stops = WordMatcher.ofWords(cues.stops());
    }

    /**
     * The denials in an utterance whose symptom phrases are {@code symptoms}.
     *
     * @return per word, whether it was denied; and per word, whether it belongs to a denial cue, so
     *         that a symptom phrase holding its own "not" ("can not breathe") is known to be immune
     */
    Denials denials(Utterance utterance, List<Span> symptoms) {
        int size = utterance.size();
        boolean[] symptomWord = new boolean[size];
        for (Span symptom : symptoms) {
            mark(symptomWord, symptom);
        }
        boolean[] denied = new boolean[size];
        boolean[] cueWord = new boolean[size];
        List<Span> answerSpans = answers.findAll(utterance);

        for (Span cue : before.findAll(utterance)) {
            mark(cueWord, cue);
            if (insideAny(cue, symptoms) || startsAny(cue, answerSpans)) {
                continue; // "can not breathe" is a symptom, and "no, i can't breathe" answers a question
            }
            reachForward(utterance, cue.end(), symptomWord, denied);
            if (cue.start() > 0 && linking.matches(utterance.word(cue.start() - 1))) {
                reachBackward(utterance, cue.start() - 1, symptomWord, denied); // "my chest is not tight"
            }
        }
        for (Span cue : after.findAll(utterance)) {
            if (endsItsPhrase(utterance, cue, symptomWord) && !insideAny(cue, symptoms)) {
                reachBackward(utterance, cue.start() - 1, symptomWord, denied);
            }
        }
        return new Denials(denied, cueWord);
    }

    /**
     * "Fine" or "gone" denies only as the last word of its phrase ("my chest is fine", "the swelling
     * has gone down"), not when it leads on to a symptom, a noun or a filler ("gone numb", "gone the colour of tea",
     * "gone really tight").
     */
    private boolean endsItsPhrase(Utterance utterance, Span cue, boolean[] symptomWord) {
        int next = cue.end();
        return next >= utterance.size() || !(symptomWord[next] || determiners.matches(utterance.word(next))
                || fillers.matches(utterance.word(next))); // "my chest's gone really tight"
    }

    private void reachForward(Utterance utterance, int from, boolean[] symptomWord, boolean[] denied) {
        int unknownLeft = FORWARD_UNKNOWN;
        boolean seenSymptom = false;
        boolean afterConnector = false;
        for (int i = from; i < utterance.size() && i < from + MAX_REACH; i++) {
            String word = utterance.word(i);
            if (utterance.isBreaker(i) || stops.matches(word)) {
                return;
            }
            if (symptomWord[i]) {
                denied[i] = true;
                seenSymptom = true;
                afterConnector = false;
            } else if (seenSymptom) {
                // After the denied symptom only "or" / "in my" carry the denial on to another one.
                if (connectors.matches(word)) {
                    afterConnector = true;
                } else if (!(afterConnector && determiners.matches(word))) {
                    return;
                }
            } else if (!isFunctionWord(word) && --unknownLeft < 0) {
                return;
            }
        }
    }

    private void reachBackward(Utterance utterance, int from, boolean[] symptomWord, boolean[] denied) {
        int unknownLeft = BACKWARD_UNKNOWN;
        boolean seenSymptom = false;
        for (int i = from; i >= 0 && i > from - MAX_REACH; i--) {
            String word = utterance.word(i);
            if (utterance.isBreaker(i) || stops.matches(word)) {
                return;
            }
            if (symptomWord[i]) {
                denied[i] = true;
                seenSymptom = true;
            } else if (seenSymptom) {
                if (!determiners.matches(word)) {
                    return;
                }
            } else if (!(linking.matches(word) || fillers.matches(word)) && --unknownLeft < 0) {
                return;
            }
        }
    }

    private boolean isFunctionWord(String word) {
        return fillers.matches(word) || determiners.matches(word) || connectors.matches(word) || linking.matches(word);
    }

    /**
     * Whether the cue is part of a longer symptom phrase ("can not breathe", "feeling has gone"), in
     * which case it is the symptom's own word, not a denial. A symptom phrase that is only the cue
     * word itself does not count: "gone" as a symptom must not stop "the swelling has gone" denying.
     */
    private static boolean insideAny(Span cue, List<Span> symptoms) {
        for (Span symptom : symptoms) {
            boolean longer = symptom.end() - symptom.start() > cue.end() - cue.start();
            if (longer && symptom.start() <= cue.start() && cue.end() <= symptom.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAny(Span cue, List<Span> spans) {
        for (Span span : spans) {
            if (span.start() == cue.start()) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] marks, Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            marks[i] = true;
        }
    }

    /** Per-word results of {@link #denials}. */
    record Denials(boolean[] denied, boolean[] cueWord) {

        boolean anyDenied(Span span) {
            return any(denied, span);
        }

        /** A symptom phrase that holds a denial cue of its own ("will not stop") cannot be denied. */
        boolean holdsCue(Span span) {
            return any(cueWord, span);
        }

        private static boolean any(boolean[] marks, Span span) {
            for (int i = span.start(); i < span.end(); i++) {
                if (marks[i]) {
                    return true;
                }
            }
            return false;
        }
    }
}
