package crampcoach.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Hears red flags in what a person said. Each heard string (every slot value, raw and resolved) is
 * checked on its own, because slot values arrive separately: a muscle slot holding just "chest" is an
 * emergency whatever the other slot says. The most severe finding across all strings wins.
 *
 * <p>A check normalises the words, masks neutral phrases, finds every symptom phrase of the lexicon,
 * drops those that were denied, put in the past or asked about hypothetically, and evaluates the
 * rules over what remains. It is immutable and safe to share between threads; construction compiles
 * the lexicon into word-keyed indexes, with no regular expressions.
 */
public final class RedFlagDetector {

    private final TextNormaliser normaliser;
    private final PhraseIndex neutral;
    private final PhraseIndex breakers;
    private final NegationScope negation;
    private final ContextScope context;
    private final RuleBook rules;
    private final List<String> categoryIds;

    public RedFlagDetector(RedFlagLexicon lexicon) {
        Objects.requireNonNull(lexicon, "lexicon");
        LanguageCues language = lexicon.language();
        this.normaliser = new TextNormaliser(language.contractedWords(), language.contractedEndings());
        this.neutral = new PhraseIndex(language.neutralPhrases(), lexicon.wordSets());
        this.breakers = new PhraseIndex(language.context().breakers(), lexicon.wordSets());
        this.negation = new NegationScope(language.negation(), lexicon.wordSets());
        this.context = new ContextScope(language.context(), lexicon.wordSets());
        this.rules = new RuleBook(lexicon.categories(), lexicon.wordSets());
        List<String> ids = new ArrayList<>(lexicon.categories().size());
        for (RedFlagCategory category : lexicon.categories()) {
            ids.add(category.id());
        }
        this.categoryIds = List.copyOf(ids);
    }

    /** The most severe red flag in any of the heard strings; {@link Verdict#none()} when there is none. */
    public Verdict assess(List<String> heard) {
        Objects.requireNonNull(heard, "heard");
        RuleBook.Finding best = null;
        for (String one : heard) {
            if (one == null) {
                continue; // a slot Alexa left empty; nothing was said there
            }
            Optional<RuleBook.Finding> finding = rules.best(currentSymptoms(one));
            if (finding.isPresent() && (best == null || finding.get().outranks(best))) {
                best = finding.get();
            }
        }
        return best == null ? Verdict.none() : Verdict.of(best.level(), categoryIds.get(best.category()));
    }

    /** The symptom phrases heard in one string as current reports; for diagnostics and reports. */
    List<String> heardPhrases(String one) {
        return currentSymptoms(one).stream().map(span -> rules.phrases().phrase(span.phrase()).source()).toList();
    }

    private List<Span> currentSymptoms(String one) {
        Utterance utterance = new Utterance(normaliser.words(one));
        if (utterance.size() == 0) {
            return List.of();
        }
        for (Span phrase : neutral.findAll(utterance)) {
            utterance.mask(phrase);
        }
        for (Span breaker : breakers.findAll(utterance)) {
            utterance.markBreaker(breaker);
        }
        List<Span> symptoms = rules.phrases().findAll(utterance);
        if (symptoms.isEmpty()) {
            return symptoms;
        }
        NegationScope.Denials denials = negation.denials(utterance, symptoms);
        boolean[] notCurrent = context.notCurrent(utterance);
        List<Span> current = new ArrayList<>(symptoms.size());
        for (Span symptom : symptoms) {
            boolean denied = denials.anyDenied(symptom) && !denials.holdsCue(symptom);
            if (!denied && !anyMarked(notCurrent, symptom)) {
                current.add(symptom);
            }
        }
        return current;
    }

    private static boolean anyMarked(boolean[] marks, Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            if (marks[i]) {
                return true;
            }
        }
        return false;
    }
}
