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
 * rules over what remains. When no rule is sure enough to stop guidance, but a current mention of a
 * body part, sensation or bodily function beyond cramp talk remains (a "concern"), or the second
 * opinion suspects something, the verdict asks one yes/no question first. The second opinion can only
 * add such a question: it never lowers what the rules found. It is immutable and safe to share between threads; construction compiles
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
    private final List<SafetyQuestion> questions;
    /** All concern phrases in one index; {@code questionOfConcern[phrase]} is the question it calls for. */
    private final PhraseIndex concerns;
    private final int[] questionOfConcern;
    private final SecondOpinion secondOpinion;
    private final Optional<SignQuestions> signQuestions;

    public RedFlagDetector(RedFlagLexicon lexicon, SecondOpinion secondOpinion) {
        Objects.requireNonNull(lexicon, "lexicon");
        this.secondOpinion = Objects.requireNonNull(secondOpinion, "secondOpinion");
        LanguageCues language = lexicon.language();
        this.normaliser = new TextNormaliser(language.contractedWords(), language.contractedEndings());
        this.neutral = new PhraseIndex(language.neutralPhrases(), lexicon.wordSets());
        this.breakers = new PhraseIndex(language.context().breakers(), lexicon.wordSets());
        this.negation = new NegationScope(language.negation(), lexicon.wordSets());
        this.context = new ContextScope(language.context(), language.negation(), lexicon.wordSets());
        this.rules = new RuleBook(lexicon.categories(), lexicon.wordSets());
        List<String> ids = new ArrayList<>(lexicon.categories().size());
        for (RedFlagCategory category : lexicon.categories()) {
            ids.add(category.id());
        }
        this.categoryIds = List.copyOf(ids);
        this.questions = lexicon.questions();
        this.signQuestions = lexicon.signQuestions();
        List<String> concernPhrases = new ArrayList<>();
        List<Integer> concernQuestions = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            for (String source : lexicon.concerns().getOrDefault(questions.get(q).id(), List.of())) {
                for (String phrase : Phrase.expand(source)) {
                    concernPhrases.add(phrase);
                    concernQuestions.add(q);
                }
            }
        }
        this.concerns = PhraseIndex.ofExpanded(concernPhrases, lexicon.wordSets());
        this.questionOfConcern = new int[concernQuestions.size()];
        for (int i = 0; i < questionOfConcern.length; i++) {
            questionOfConcern[i] = concernQuestions.get(i);
        }
    }

    /**
     * The most severe red flag in any of the heard strings; {@link Verdict#none()} when there is none.
     * A verdict that does not stop guidance carries a question when any string left the rules unsure.
     */
    public Verdict assess(List<String> heard) {
        return assess(heard, List.of());
    }

    /**
     * As {@link #assess(List)}, where {@code catalogued} are strings the interaction model matched to a
     * value of its own slot types (a period "this week", a muscle "calf"), and what they resolved to.
     * The rules read them as they read everything; the second opinion does not ask about them, because
     * words the skill's own catalogue offered say nothing its n-grams could weigh.
     */
    public Verdict assess(List<String> said, List<String> catalogued) {
        Objects.requireNonNull(said, "said");
        Objects.requireNonNull(catalogued, "catalogued");
        List<String> heard = new ArrayList<>(said.size() + catalogued.size());
        heard.addAll(said);
        heard.addAll(catalogued);
        RuleBook.Finding best = null;
        RuleBook.Finding mostDoubted = null;
        List<String> bestWords = List.of();
        boolean bestSaid = false;
        int question = NO_QUESTION;
        List<String> askedAbout = new ArrayList<>();
        for (int index = 0; index < heard.size(); index++) {
            String one = heard.get(index);
            if (one == null) {
                continue; // a slot Alexa left empty; nothing was said there
            }
            boolean free = index < said.size();
            Reading reading = read(one);
            Optional<RuleBook.Finding> finding = rules.best(reading.symptoms());
            if (finding.isPresent() && (best == null || finding.get().outranks(best))) {
                best = finding.get();
                bestWords = reading.words();
                bestSaid = free;
            }
            if (best != null && best.level().atLeast(Urgency.URGENT)) {
                continue; // the rules are sure: nothing to ask, and no need for a second opinion
            }
            if (reading.doubted().isPresent() && (mostDoubted == null || reading.doubted().get().outranks(mostDoubted))) {
                mostDoubted = reading.doubted().get();
            }
            int before = question;
            question = moreSevere(question, reading.question());
            if (question == NO_QUESTION && free && !questions.isEmpty() && !reading.words().isEmpty() && !reading.setAside()
                    && secondOpinion.suspectsRedFlag(String.join(" ", reading.words()))) {
                question = 0;
            }
            if (reading.question() != NO_QUESTION || question != before) {
                askedAbout.addAll(reading.words());
            }
        }
        Verdict verdict = best == null ? Verdict.none() : Verdict.of(best.level(), categoryIds.get(best.category()));
        String bestText = String.join(" ", bestWords);
        if (verdict.stopsGuidance() && bestSaid && secondOpinion.soundsPlainlyOrdinary(bestText)) {
            Optional<String> doubting = questionFirstNaming(verdict.category().orElseThrow(), bestText);
            if (doubting.isPresent()) {
                return verdict.askingFirst(doubting.get());
            }
        }
        if (verdict.urgency() == Urgency.URGENT && secondOpinion.suspectsEmergency(bestText)) {
            return Verdict.of(Urgency.EMERGENCY, verdict.category().orElseThrow());
        }
        if (verdict.stopsGuidance() || question == NO_QUESTION) {
            return verdict;
        }
        if (mostDoubted != null) {
            // a sign left in doubt ("locked with cramp") is named first, so a person who truly has it says yes
            Optional<String> naming = questionFirstNaming(categoryIds.get(mostDoubted.category()), String.join(" ", askedAbout));
            if (naming.isPresent()) {
                return verdict.askingFirst(naming.get());
            }
        }
        return verdict.askingFirst(questionAbout(questions.get(question), askedAbout));
    }

    /**
     * The question to ask: built around the signs the second opinion finds most likely in the words that
     * raised it, when the lexicon has the wording and the second opinion can rank; otherwise the fixed
     * question the rules chose.
     */
    private String questionAbout(SafetyQuestion fixed, List<String> words) {
        if (signQuestions.isEmpty() || words.isEmpty()) {
            return fixed.id();
        }
        List<String> ranked = secondOpinion.likelySigns(String.join(" ", words));
        if (!fixed.equals(questions.get(0))) {
            ranked = areaFirst(ranked, fixed.categories());
        }
        return signQuestions.get().naming(ranked, NAMED_SIGNS).map(SafetyQuestion::id).orElse(fixed.id());
    }

    /**
     * When the rules' concerns point to one area ("i had a fall": injury), its likeliest two signs come
     * first and the likeliest sign of any kind after them, so the words the rules heard still decide
     * what is asked, and the ranking only orders within them.
     */
    private static List<String> areaFirst(List<String> ranked, List<String> area) {
        List<String> ordered = new ArrayList<>(ranked.size());
        for (String id : ranked) {
            if (area.contains(id) && ordered.size() < NAMED_SIGNS - 1) {
                ordered.add(id);
            }
        }
        for (String id : ranked) {
            if (!ordered.contains(id)) {
                ordered.add(id);
            }
        }
        return ordered;
    }

    /**
     * A question for a red flag the gate doubts: it names the rules' sign first, then the likeliest
     * others, so a person who truly has it answers yes; without built questions, the first fixed one
     * that names the sign.
     */
    private Optional<String> questionFirstNaming(String category, String text) {
        List<String> ranked = new ArrayList<>();
        ranked.add(category);
        ranked.addAll(secondOpinion.likelySigns(text));
        Optional<SafetyQuestion> built = signQuestions.flatMap(signs -> signs.naming(ranked, NAMED_SIGNS))
                .filter(question -> question.names(category));
        if (built.isPresent()) {
            return built.map(SafetyQuestion::id);
        }
        return questions.stream().filter(question -> question.names(category)).map(SafetyQuestion::id).findFirst();
    }

    /** The questions this detector may ask, the most general first. */
    public List<SafetyQuestion> questions() {
        return questions;
    }

    /** The question with this id, as a verdict names it; a built question is rebuilt from its id. */
    public Optional<SafetyQuestion> question(String id) {
        if (id.startsWith(SignQuestions.ID_PREFIX)) {
            return signQuestions.flatMap(signs -> signs.question(id));
        }
        for (SafetyQuestion question : questions) {
            if (question.id().equals(id)) {
                return Optional.of(question);
            }
        }
        return Optional.empty();
    }

    /** The symptom phrases heard in one string as current reports; for diagnostics and reports. */
    List<String> heardPhrases(String one) {
        List<String> heard = new ArrayList<>();
        for (Span span : read(one).symptoms()) {
            heard.add(rules.phrases().phrase(span.phrase()).source());
        }
        return heard;
    }

    private static final int NO_QUESTION = -1;
    /** How many signs a built question names: three keep it short enough to hold in mind at 3 a.m. */
    static final int NAMED_SIGNS = 3;

    /**
     * What one heard string reports now: its symptom phrases, the question its concerns call for, its
     * words, and whether the rules heard signs there and set every one aside (denied, past, someone
     * else's, asked about). Then the second opinion is not consulted: the rules have read those words
     * in their context, which a bag of n-grams cannot, and "no chest pain, just cramp" is ordinary talk.
     */
    private record Reading(List<Span> symptoms, int question, List<String> words, boolean setAside,
            Optional<RuleBook.Finding> doubted) {
    }

    /** Between two questions, the one whose yes means more; on a tie the earlier (more general). */
    private int moreSevere(int current, int candidate) {
        if (candidate == NO_QUESTION) {
            return current;
        }
        if (current == NO_QUESTION) {
            return candidate;
        }
        Urgency a = questions.get(current).yesLevel();
        Urgency b = questions.get(candidate).yesLevel();
        if (a != b) {
            return b.compareTo(a) > 0 ? candidate : current;
        }
        return Math.min(current, candidate);
    }

    private Reading read(String one) {
        List<String> words = normaliser.words(one);
        Utterance utterance = new Utterance(words);
        if (utterance.size() == 0) {
            return new Reading(List.of(), NO_QUESTION, words, false, Optional.empty());
        }
        for (Span phrase : neutral.findAll(utterance)) {
            utterance.mask(phrase);
        }
        for (Span breaker : breakers.findAll(utterance)) {
            utterance.markBreaker(breaker);
        }
        List<Span> symptoms = rules.phrases().findAll(utterance);
        List<Span> worries = concerns.findAll(utterance);
        if (symptoms.isEmpty() && worries.isEmpty()) {
            return new Reading(symptoms, NO_QUESTION, words, false, Optional.empty());
        }
        List<Span> all = new ArrayList<>(symptoms.size() + worries.size());
        all.addAll(symptoms);
        all.addAll(worries);
        NegationScope.Denials denials = negation.denials(utterance, all);
        boolean[] notCurrent = context.notCurrent(utterance);
        boolean[] doubted = context.doubted(utterance);
        boolean[] explainedByCramp = context.explainedByCramp(utterance);
        boolean[] ownWorry = context.ownWorry(utterance);
        List<Span> worried = new ArrayList<>();
        List<Span> current = new ArrayList<>(symptoms.size());
        List<Span> inDoubt = new ArrayList<>();
        boolean anyDoubted = false;
        for (Span symptom : symptoms) {
            if (isCurrent(symptom, denials, notCurrent)) {
                if (anyMarked(doubted, symptom) || allMarked(explainedByCramp, symptom)) {
                    anyDoubted = true;
                    inDoubt.add(symptom);
                } else if (anyMarked(ownWorry, symptom)) {
                    worried.add(symptom);
                } else {
                    current.add(symptom);
                }
            }
        }
        if (rules.best(worried).isPresent()) {
            anyDoubted = true; // a sign in a question about one's own worry: ask, naming it
            inDoubt.addAll(worried);
        }
        int question = NO_QUESTION;
        boolean anyCurrentWorry = false;
        for (Span worry : worries) {
            if (isCurrent(worry, denials, notCurrent) && !explainedByStatedCause(utterance, worry, symptoms, worries)) {
                anyCurrentWorry = true;
                question = moreSevere(question, questionOfConcern[worry.phrase()]);
            }
        }
        if (anyDoubted && question == NO_QUESTION && !questions.isEmpty()) {
            question = 0; // a symptom left in doubt, with no concern to choose by: the most general question
        }
        boolean setAside = current.isEmpty() && !anyDoubted && !anyCurrentWorry;
        return new Reading(current, question, words, setAside, rules.best(inDoubt));
    }

    /**
     * Whether a concern's clause is followed by a cause that raises nothing by itself: "i'm sweating
     * because the heating's on full", "my wee is pink because i ate beetroot". The person has explained
     * the mention, so the rules do not ask; the second opinion still reads the words. A cause that is a
     * sign or a concern itself ("because i fell") explains nothing.
     */
    private boolean explainedByStatedCause(Utterance utterance, Span worry, List<Span> symptoms, List<Span> worries) {
        Optional<Span> cause = context.statedCause(utterance, worry.end() - 1);
        if (cause.isEmpty()) {
            return false;
        }
        Span clause = cause.get();
        if (worries.stream().anyMatch(other -> other.start() >= clause.start() && other.start() < clause.end())) {
            return false;
        }
        return rules.best(symptoms.stream().filter(symptom -> symptom.start() >= clause.start() && symptom.end() <= clause.end())
                .toList()).isEmpty();
    }

    private static boolean isCurrent(Span span, NegationScope.Denials denials, boolean[] notCurrent) {
        boolean denied = denials.anyDenied(span) && !denials.holdsCue(span);
        return !denied && !anyMarked(notCurrent, span);
    }

    private static boolean allMarked(boolean[] marks, Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            if (!marks[i]) {
                return false;
            }
        }
        return true;
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
