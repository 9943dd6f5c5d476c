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
 */
public record ContextCues(List<String> breakers, List<String> history, List<String> hypothetical,
        List<String> questionOpeners, List<String> questionTopics, List<String> requests) {

    public ContextCues {
        breakers = List.copyOf(breakers);
        history = List.copyOf(history);
        hypothetical = List.copyOf(hypothetical);
        questionOpeners = List.copyOf(questionOpeners);
        questionTopics = List.copyOf(questionTopics);
        requests = List.copyOf(requests);
    }
}
