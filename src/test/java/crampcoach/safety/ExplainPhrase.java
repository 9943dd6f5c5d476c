package crampcoach.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Shows why the rules read a phrasing as they do: its words after normalising, the symptom phrases
 * found before context is applied, each context cue that matched, and the verdict.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.mainClass=crampcoach.safety.ExplainPhrase
 * -Dexec.classpathScope=test -Dexec.args="'my calf is swollen' 'another phrasing'"}.
 */
public final class ExplainPhrase {

    private ExplainPhrase() {
    }

    public static void main(String[] args) {
        RedFlagLexicon lexicon = SafetyFixtures.english().lexicon();
        LanguageCues language = lexicon.language();
        ContextCues context = language.context();
        Map<String, List<String>> sets = lexicon.wordSets();
        TextNormaliser normaliser = new TextNormaliser(language.contractedWords(), language.contractedEndings());
        RuleBook rules = new RuleBook(lexicon.categories(), sets);
        Map<String, List<String>> cues = new java.util.LinkedHashMap<>();
        cues.put("neutral", language.neutralPhrases());
        cues.put("history", context.history());
        cues.put("hypothetical", context.hypothetical());
        cues.put("harmless", context.harmlessCauses());
        cues.put("resolved", context.resolved());
        cues.put("unexplained", context.unexplained());
        cues.put("doubts", context.doubts());
        cues.put("question openers", context.questionOpeners());
        cues.put("question topics", context.questionTopics());
        cues.put("requests", context.requests());
        cues.put("unexplained", context.unexplained());
        cues.put("cramp-explained", context.crampExplained());
        cues.put("negation", language.negation().before());
        cues.put("breakers", context.breakers());
        for (String phrase : args) {
            List<String> words = normaliser.words(phrase);
            System.out.println("\n\"" + phrase + "\"\n  words: " + String.join(" ", words));
            System.out.println("  symptom phrases: " + sources(rules.phrases(), new Utterance(words)));
            cues.forEach((name, list) -> {
                List<String> found = sources(new PhraseIndex(list, sets), new Utterance(words));
                if (!found.isEmpty()) {
                    System.out.println("  " + name + ": " + found);
                }
            });
            System.out.println("  rules: " + SafetyFixtures.rulesOnly().assess(List.of(phrase)));
            System.out.println("  shipped: " + SafetyFixtures.detector().assess(List.of(phrase)));
        }
    }

    private static List<String> sources(PhraseIndex index, Utterance utterance) {
        List<String> found = new ArrayList<>();
        for (Span span : index.findAll(utterance)) {
            found.add(index.phrase(span.phrase()).source() + " @" + span.start());
        }
        return found;
    }
}
