package crampcoach.safety;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which words are not a report of something happening now: a clause with a history cue
 * ("i had a clot years ago"), the rest of a clause after a what-if cue ("what if my leg goes numb"),
 * a whole clause asked as a general question ("is chest pain a warning sign"), and a clause that
 * states its own everyday cause ("my foot's numb from sitting on it"). Clauses end at
 * breakers, so "i had a clot last year and now my calf is swollen" still reports the swelling. A
 * clause saying that something is over ("but it's gone") puts the clause before it in the past. No
 * everyday cause explains a clause holding an unexplained cue: hours on a coach swell a calf through a
 * clot, and a run never explains cola-coloured urine.
 */
final class ContextScope {

    private final PhraseIndex history;
    private final PhraseIndex hypothetical;
    private final PhraseIndex questionOpeners;
    private final PhraseIndex questionTopics;
    private final PhraseIndex requests;
    private final PhraseIndex harmlessCauses;
    private final WordMatcher causeLinks;
    private final WordMatcher firstPerson;
    private final WordMatcher causeContinues;
    private final PhraseIndex doubts;
    private final WordMatcher subjects;
    private final WordMatcher ongoing;
    private final PhraseIndex resolved;
    private final PhraseIndex crampExplained;
    private final PhraseIndex crampCues;
    private final PhraseIndex worriedAskers;
    private final PhraseIndex corrections;
    private final WordMatcher changes;
    private final PhraseIndex unexplained;
    /** The negation cues: "but it never went away" says nothing is over; "can't breathe" is no question. */
    private final PhraseIndex denials;

    ContextScope(ContextCues cues, NegationCues negation, Map<String, List<String>> wordSets) {
        this.history = new PhraseIndex(cues.history(), wordSets);
        this.hypothetical = new PhraseIndex(cues.hypothetical(), wordSets);
        this.questionOpeners = new PhraseIndex(cues.questionOpeners(), wordSets);
        this.questionTopics = new PhraseIndex(cues.questionTopics(), wordSets);
        this.requests = new PhraseIndex(cues.requests(), wordSets);
        this.harmlessCauses = new PhraseIndex(cues.harmlessCauses(), wordSets);
        this.causeLinks = WordMatcher.ofWords(cues.causeLinks());
        this.firstPerson = WordMatcher.ofWords(cues.firstPerson());
        this.causeContinues = WordMatcher.ofWords(cues.causeContinues());
        this.doubts = new PhraseIndex(cues.doubts(), wordSets);
        this.subjects = WordMatcher.ofWords(cues.subjects());
        this.ongoing = WordMatcher.ofWords(cues.ongoing());
        this.resolved = new PhraseIndex(cues.resolved(), wordSets);
        this.crampExplained = new PhraseIndex(cues.crampExplained(), wordSets);
        this.crampCues = new PhraseIndex(cues.crampCues(), wordSets);
        this.worriedAskers = new PhraseIndex(cues.worriedAskers(), wordSets);
        this.corrections = new PhraseIndex(cues.corrections(), wordSets);
        this.changes = WordMatcher.ofWords(cues.changes());
        this.unexplained = new PhraseIndex(cues.unexplained(), wordSets);
        this.denials = new PhraseIndex(negation.before(), wordSets);
    }

    /** Per word, whether it lies outside any current report. */
    boolean[] notCurrent(Utterance utterance) {
        int size = utterance.size();
        boolean[] notCurrent = new boolean[size];
        int[] clauseStart = new int[size];
        int[] clauseEnd = new int[size];
        clauses(utterance, clauseStart, clauseEnd);

        List<Span> pasts = history.findAll(utterance);
        List<Span> deniedPasts = pasts.isEmpty() ? List.of() : denials.findAll(utterance);
        for (Span cue : pasts) {
            if (endsBefore(deniedPasts, cue.start(), 0)) {
                continue; // "they never used to": a change from the past, told about now
            }
            for (int i = clauseStart[cue.start()]; i < clauseEnd[cue.start()]; i++) {
                notCurrent[i] |= !ongoing.matches(utterance.word(i)); // "i started a statin last month"
            }
        }
        List<Span> causes = harmlessCauses.findAll(utterance);
        List<Span> unexplainable = causes.isEmpty() ? List.of() : unexplained.findAll(utterance);
        List<Span> deniedCauses = causes.isEmpty() ? List.of() : denials.findAll(utterance);
        for (Span cue : causes) {
            int start = clauseStart[cue.start()];
            if (anyWithin(unexplainable, start, clauseEnd[cue.start()])) {
                continue; // "after sitting on the coach for twelve hours my calf is swollen"
            }
            if (causeLinks.matches(utterance.word(cue.start())) && endsBefore(deniedCauses, cue.start(), 1)) {
                continue; // "it's swollen but not (just) from the gym": the speaker rules the cause out
            }
            fill(notCurrent, start, clauseEnd[cue.start()]);
            int link = start - 1;
            if (link > 0 && utterance.isBreaker(link) && causeLinks.matches(utterance.word(link))
                    && !anyWithin(unexplainable, clauseStart[link - 1], link)) {
                fill(notCurrent, clauseStart[link - 1], link); // "my calf is red because i had a hot bath"
            }
            int next = clauseEnd[cue.start()];
            if (next < size && causeContinues.matches(utterance.word(next))) {
                int after = next;
                while (after < size && utterance.isBreaker(after)) {
                    after++; // "and it" is one breaker of two words
                }
                int end = after < size ? clauseEnd[after] : size;
                if (!anyWithin(unexplainable, next, end)) {
                    fill(notCurrent, next, end);
                }
            }
        }
        List<Span> resolutions = resolved.findAll(utterance);
        List<Span> denied = resolutions.isEmpty() ? List.of() : denials.findAll(utterance);
        for (Span cue : resolutions) {
            if (cue.end() < size && changes.matches(utterance.word(cue.end()))) {
                continue; // "it's gone hard as a rock" tells what it became, not that it is over
            }
            int link = clauseStart[cue.start()] - 1;
            while (link > 0 && utterance.isBreaker(link - 1)) {
                link--; // "and it" is one breaker of two words
            }
            if (link > 0 && utterance.isBreaker(link) && !anyWithin(denied, clauseStart[cue.start()], cue.end())) {
                fill(notCurrent, clauseStart[link - 1], link); // "my ankle was swollen but that went down"
            }
        }
        for (Span cue : corrections.findAll(utterance)) {
            if (cue.start() > 0) { // "cramp in my arm, no wait, my hand": the arm was a slip
                int before = cue.start() - 1;
                while (before > 0 && utterance.isBreaker(before)) {
                    before--;
                }
                fill(notCurrent, clauseStart[before], cue.start());
            }
        }
        for (Span cue : hypothetical.findAll(utterance)) {
            fill(notCurrent, cue.start(), clauseEnd[cue.start()]);
        }
        List<Span> openers = questionOpeners.findAll(utterance);
        if (!openers.isEmpty()) {
            List<Span> topics = questionTopics.findAll(utterance);
            List<Span> asks = requests.findAll(utterance);
            List<Span> worried = worriedAskers.findAll(utterance);
            List<Span> negated = denials.findAll(utterance);
            for (Span opener : openers) {
                int start = opener.start();
                // "can't breathe, please help" is a report with its subject left out, not the question "can ... help"
                boolean statement = startsAt(negated, opener.end());
                boolean opensClause = clauseStart[start] == start && !statement
                        && (start == 0 || !subjects.matches(utterance.word(start - 1)));
                if (opensClause && !startsAt(asks, start) && !startsAt(worried, start) && anyWithin(topics, start, clauseEnd[start])
                        && !anyWord(utterance, firstPerson, askerEnd(utterance, start), clauseEnd[start])) {
                    fill(notCurrent, start, clauseEnd[start]);
                }
            }
        }
        return notCurrent;
    }

    /**
     * Per word, whether a stated cause leaves it in doubt: "i can't move my leg, it's locked with
     * cramp". Such words raise no rule on their own, but still call for the one question.
     */
    boolean[] doubted(Utterance utterance) {
        return clausesOpenedBy(doubts.findAll(utterance), utterance, (cue, clauseStart, clauseEnd) -> true);
    }

    /**
     * Per word, whether it lies in a question about the speaker's own worry with no "my" in it:
     * "should i be worried about a tightness across the chest". Most likely about the speaker, but it
     * may be general, so a sign there asks the one question; with "my" it is a plain report.
     */
    boolean[] ownWorry(Utterance utterance) {
        return clausesOpenedBy(worriedAskers.findAll(utterance), utterance, (asker, clauseStart, clauseEnd) ->
                clauseStart == asker.start() && !anyWord(utterance, firstPerson, asker.end(), clauseEnd));
    }

    /** Which cues, given their clause's bounds, mark that whole clause. */
    private interface ClauseTest {
        boolean marks(Span cue, int clauseStart, int clauseEnd);
    }

    /** Per word, whether it lies in the clause of a cue that passes {@code test}. */
    private static boolean[] clausesOpenedBy(List<Span> cues, Utterance utterance, ClauseTest test) {
        boolean[] marked = new boolean[utterance.size()];
        if (cues.isEmpty()) {
            return marked;
        }
        int[] clauseStart = new int[utterance.size()];
        int[] clauseEnd = new int[utterance.size()];
        clauses(utterance, clauseStart, clauseEnd);
        for (Span cue : cues) {
            int start = clauseStart[cue.start()];
            int end = clauseEnd[cue.start()];
            if (test.marks(cue, start, end)) {
                fill(marked, start, end);
            }
        }
        return marked;
    }

    /**
     * Per word, whether it belongs to a sign that a cramp told of in the same words may explain: "my
     * leg locked and i couldn't move it". Not clause-bound, since people put the cramp and what it did
     * in separate clauses; a sign is left in doubt only when these words cover all of it, so "can't
     * lift my arm and my face has dropped" stays what it is.
     */
    boolean[] explainedByCramp(Utterance utterance) {
        boolean[] explained = new boolean[utterance.size()];
        List<Span> signs = crampExplained.findAll(utterance);
        if (signs.isEmpty() || crampCues.findAll(utterance).isEmpty()) {
            return explained;
        }
        for (Span sign : signs) {
            fill(explained, sign.start(), sign.end());
        }
        return explained;
    }

    /**
     * The words of the clause that states a cause for the clause holding {@code position}: "i'm
     * sweating <em>because</em> the heating's on full". Empty when no cause link follows that clause.
     */
    Optional<Span> statedCause(Utterance utterance, int position) {
        int size = utterance.size();
        int link = position;
        while (link < size && !utterance.isBreaker(link)) {
            link++;
        }
        if (link >= size || !causeLinks.matches(utterance.word(link))) {
            return Optional.empty();
        }
        int start = link;
        while (start < size && utterance.isBreaker(start)) {
            start++;
        }
        int end = start;
        while (end < size && !utterance.isBreaker(end)) {
            end++;
        }
        return start < end ? Optional.of(new Span(-1, start, end)) : Optional.empty();
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

    /** Past the asker: in "should i worry about a fever" the "i" asks, it reports nothing. */
    private int askerEnd(Utterance utterance, int opener) {
        int next = opener + 1;
        return next < utterance.size() && subjects.matches(utterance.word(next)) ? next + 1 : next;
    }

    /** "could my new pill be causing this" asks about the speaker: a report, not a general question. */
    private static boolean anyWord(Utterance utterance, WordMatcher words, int start, int end) {
        for (int i = start; i < end; i++) {
            if (words.matches(utterance.word(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a span ends right before {@code position}, or up to {@code slack} words before it. */
    private static boolean endsBefore(List<Span> spans, int position, int slack) {
        for (Span span : spans) {
            if (span.end() <= position && span.end() >= position - slack) {
                return true;
            }
        }
        return false;
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
