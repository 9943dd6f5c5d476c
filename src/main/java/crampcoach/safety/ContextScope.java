package crampcoach.safety;

import java.util.List;
import java.util.Map;

/**
 * Decides which words are not a report of something happening now: a clause with a history cue
 * ("i had a clot years ago"), the rest of a clause after a what-if cue ("what if my leg goes numb"),
 * and a whole clause asked as a general question ("is chest pain a warning sign"). Clauses end at
 * breakers, so "i had a clot last year and now my calf is swollen" still reports the swelling.
 */
final class ContextScope {

    private final PhraseIndex history;
    private final PhraseIndex hypothetical;
    private final PhraseIndex questionOpeners;
    private final PhraseIndex questionTopics;
    private final PhraseIndex requests;

    ContextScope(ContextCues cues, Map<String, List<String>> wordSets) {
        this.history = new PhraseIndex(cues.history(), wordSets);
        this.hypothetical = new PhraseIndex(cues.hypothetical(), wordSets);
        this.questionOpeners = new PhraseIndex(cues.questionOpeners(), wordSets);
        this.questionTopics = new PhraseIndex(cues.questionTopics(), wordSets);
        this.requests = new PhraseIndex(cues.requests(), wordSets);
    }

    /** Per word, whether it lies outside any current report. */
    boolean[] notCurrent(Utterance utterance) {
        int size = utterance.size();
        boolean[] notCurrent = new boolean[size];
        int[] clauseStart = new int[size];
        int[] clauseEnd = new int[size];
        clauses(utterance, clauseStart, clauseEnd);

        for (Span cue : history.findAll(utterance)) {
            fill(notCurrent, clauseStart[cue.start()], clauseEnd[cue.start()]);
        }
        for (Span cue : hypothetical.findAll(utterance)) {
            fill(notCurrent, cue.start(), clauseEnd[cue.start()]);
        }
        List<Span> openers = questionOpeners.findAll(utterance);
        if (!openers.isEmpty()) {
            List<Span> topics = questionTopics.findAll(utterance);
            List<Span> asks = requests.findAll(utterance);
            for (Span opener : openers) {
                int start = opener.start();
                boolean opensClause = clauseStart[start] == start;
                if (opensClause && !startsAt(asks, start) && anyWithin(topics, start, clauseEnd[start])) {
                    fill(notCurrent, start, clauseEnd[start]);
                }
            }
        }
        return notCurrent;
    }

    /** Clause bounds per word; a breaker word belongs to no clause's content but bounds both. */
    private static void clauses(Utterance utterance, int[] clauseStart, int[] clauseEnd) {
        int start = 0;
        for (int i = 0; i <= utterance.size(); i++) {
            if (i == utterance.size() || utterance.isBreaker(i)) {
                for (int j = start; j < i; j++) {
                    clauseStart[j] = start;
                    clauseEnd[j] = i;
                }
                if (i < utterance.size()) {
                    clauseStart[i] = i + 1;
                    clauseEnd[i] = i + 1;
                }
                start = i + 1;
            }
        }
    }

    private static boolean startsAt(List<Span> spans, int start) {
        for (Span span : spans) {
            if (span.start() == start) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyWithin(List<Span> spans, int start, int end) {
        for (Span span : spans) {
            if (span.start() >= start && span.end() <= end) {
                return true;
            }
        }
        return false;
    }

    private static void fill(boolean[] marks, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(marks.length, to); i++) {
            marks[i] = true;
        }
    }
}
