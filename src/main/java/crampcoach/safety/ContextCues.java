package crampcoach.safety;

import java.util.List;

/**
 * The words that decide whether a mention is a current report at all. All entries use the phrase
 * syntax of {@link RedFlagRule}.
 *
 * @param breakers         words that end a clause and every scope: "but", "although", "and now"
 * @param history          cues that put their whole clause in the past: "years ago", "history of"
 * @param hypothetical     cues that make the rest of their clause a question or a what-if:
 *                         "what if", "when should i worry", "watch for"
 * @param questionOpeners  words that, first in a clause, make it a question ("is", "can") when the
 *                         clause also has a question topic
 * @param questionTopics   what such a question asks about: "sign", "serious", "cause", "mean"
 * @param requests         openers that ask the skill for something and so never make a question
 *                         about a symptom: "can you", "could you"
 * @param harmlessCauses   a stated everyday cause that explains its whole clause: "from sitting on
 *                         it", "slept on my arm", "from the hot bath"
 * @param causeLinks       words that open a stated cause ("because", "cos", "from"): as a breaker,
 *                         a harmless cause after it explains the clause before it too; after a
 *                         negation ("not from the gym") the speaker rules that cause out
 * @param firstPerson      words that make a question a report about the speaker ("is it serious
 *                         that my calf is swollen"): such a question is not a general one
 * @param causeContinues   breakers after which a harmless cause still explains the next clause:
 *                         "slept on my arm <em>and</em> it's all pins and needles"
 * @param doubts           causes that leave a symptom possible but not sure ("locked with cramp",
 *                         a fall): their clause raises no rule, but still asks the question
 * @param subjects         words that, just before a question opener, make it a statement: "and
 *                         there <em>is</em> spotting" is not the question "is spotting normal";
 *                         right after an opener they are the asker ("should i worry about a fever")
 * @param ongoing          words a history cue never puts in the past: a medicine started last month
 *                         is still being taken
 * @param resolved         cues saying that what came before is over ("but it's gone", "the doctor
 *                         sorted it"): after a breaker they put the clause before them in the past,
 *                         unless their own clause denies it ("but it never went away")
 * @param unexplained      what no stated everyday cause explains: a harmless cause sets aside no
 *                         clause holding one ("after sitting on the coach for twelve hours", "urine
 *                         the colour of cola after my run")
 * @param crampExplained   signs a cramp itself gives, "i can't move my leg": when the same words also
 *                         tell of a cramp, such a sign is left in doubt and asks the one question
 *                         instead of an answer, since a locked cramp is the everyday case
 * @param crampCues        the words that tell of a cramp for {@code crampExplained}: "cramp", "locked"
 * @param worriedAskers    openers of a question about one's own worry ("should i be worried about"):
 *                         without "my" such a question would read as general, but people ask it about
 *                         what they have, so its signs ask the one question instead of being set aside
 * @param corrections      a speaker correcting themselves, "no wait", "i mean": what came before, from
 *                         the start of its clause, is not what they mean
 * @param changes          words that, right after a resolved cue, make it a change and not an end: "it's
 *                         gone hard", "it's gone all puffy" (British "gone" for "become")
 */
public record ContextCues(List<String> breakers, List<String> history, List<String> hypothetical,
        List<String> questionOpeners, List<String> questionTopics, List<String> requests,
        List<String> harmlessCauses, List<String> causeLinks, List<String> firstPerson,
        List<String> causeContinues, List<String> doubts, List<String> subjects, List<String> ongoing,
        List<String> resolved, List<String> unexplained, List<String> crampExplained, List<String> crampCues,
        List<String> worriedAskers, List<String> corrections, List<String> changes) {

    public ContextCues {
        breakers = List.copyOf(breakers);
        history = List.copyOf(history);
        hypothetical = List.copyOf(hypothetical);
        questionOpeners = List.copyOf(questionOpeners);
        questionTopics = List.copyOf(questionTopics);
        requests = List.copyOf(requests);
        harmlessCauses = List.copyOf(harmlessCauses);
        causeLinks = List.copyOf(causeLinks);
        firstPerson = List.copyOf(firstPerson);
        causeContinues = List.copyOf(causeContinues);
        doubts = List.copyOf(doubts);
        subjects = List.copyOf(subjects);
        ongoing = List.copyOf(ongoing);
        resolved = List.copyOf(resolved);
        unexplained = List.copyOf(unexplained);
        crampExplained = List.copyOf(crampExplained);
        crampCues = List.copyOf(crampCues);
        worriedAskers = List.copyOf(worriedAskers);
        corrections = List.copyOf(corrections);
        changes = List.copyOf(changes);
    }
}
