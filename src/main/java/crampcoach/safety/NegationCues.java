package crampcoach.safety;

import java.util.List;

/**
 * The words that decide whether a symptom was denied. All entries use the phrase syntax of
 * {@link RedFlagRule}; the word classes are single words.
 *
 * @param before       cues that deny what follows: "no", "not", "never", "without", "free of"
 * @param after        cues that deny the symptom just named: "my chest is <em>fine</em>"
 * @param answers      a "no" that answers the skill's question rather than denying a symptom, such
 *                     as "no i", "no my": in "no, I can't breathe" nothing is denied
 * @param linking      verbs that join a symptom to a later cue: "is", "feels", "does"
 * @param fillers      words a cue reaches across before its symptom: "any", "have", "really"
 * @param connectors   words that carry a denial on to a second symptom: "or", "in", "of"
 * @param determiners  words allowed between a connector and the next symptom: "my", "the"
 * @param stops        words that end a denial's reach, mostly subject pronouns: "i", "it"
 */
public record NegationCues(List<String> before, List<String> after, List<String> answers,
        List<String> linking, List<String> fillers, List<String> connectors, List<String> determiners,
        List<String> stops) {

    public NegationCues {
        before = List.copyOf(before);
        after = List.copyOf(after);
        answers = List.copyOf(answers);
        linking = List.copyOf(linking);
        fillers = List.copyOf(fillers);
        connectors = List.copyOf(connectors);
        determiners = List.copyOf(determiners);
        stops = List.copyOf(stops);
        if (before.isEmpty()) {
            throw new IllegalArgumentException("negation cues are missing");
        }
    }
}
