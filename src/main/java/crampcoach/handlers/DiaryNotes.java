package crampcoach.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import crampcoach.content.Messages;
import crampcoach.conversation.Reply;
import crampcoach.conversation.SessionState;
import crampcoach.diary.Diary;
import crampcoach.diary.Entry;
import crampcoach.diary.Tally;
import crampcoach.guidance.Position;
import crampcoach.speech.Speech;
import crampcoach.speech.SpeechBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The diary's part in a turn, shared by the handlers that note a cramp and those that read the
 * diary back: what to note, and the diary's words (all of them from content/en/diary.json).
 */
final class DiaryNotes {

    private DiaryNotes() {
    }

    /**
     * Notes the cramp a guided stretch was started for, once per routine started, and when it makes
     * the cramps frequent adds the advice to see a doctor after the stretch. The reply is spoken as it
     * is when the diary cannot be written.
     */
    static Reply afterStretch(HandlerInput input, Diary diary, SessionState before, Reply reply) {
        Optional<Position> started = reply.next().position().filter(now -> !before.position().equals(Optional.of(now)));
        if (started.isEmpty()) {
            return reply;
        }
        Optional<Tally> noted = diary.note(input, started.get().routineId());
        Optional<Tally.Frequent> frequent = noted.flatMap(Tally::frequentJustNow);
        if (frequent.isEmpty()) {
            return reply;
        }
        Speech speech = new SpeechBuilder().append(reply.speech())
                .say(frequentAdvice(Turn.of(input).content().messages(), frequent.get())).build();
        return new Reply(speech, reply.question(), reply.next(), reply.card(), reply.disclaimer());
    }

    static String frequentAdvice(Messages messages, Tally.Frequent frequent) {
        return messages.text("diary.frequent",
                Map.of("count", Integer.toString(frequent.count()), "days", Integer.toString(frequent.days())));
    }

    /** "in your calf": the muscle as the diary says it; a muscle the content does not name is "unnamed". */
    static String where(Messages messages, String muscle) {
        String id = "diary.where." + muscle;
        return messages.texts().containsKey(id) ? messages.text(id) : messages.text("diary.where." + Entry.UNNAMED);
    }

    /** "In the last seven days you've noted 3 cramps: 2 in your calf and one in your foot." */
    static String count(Messages messages, Tally tally, int days, String prefix) {
        Map<String, Integer> byMuscle = tally.byMuscle(days);
        int total = tally.within(days).size();
        if (total == 0) {
            return messages.text(prefix + ".none");
        }
        if (total == 1) {
            return messages.text(prefix + ".one", Map.of("muscle", where(messages, byMuscle.keySet().iterator().next())));
        }
        List<String> items = new ArrayList<>();
        byMuscle.forEach((muscle, count) -> items.add(count == 1
                ? messages.text("diary.list.item.one", Map.of("muscle", where(messages, muscle)))
                : messages.text("diary.list.item.many", Map.of("count", Integer.toString(count), "muscle", where(messages, muscle)))));
        return messages.text(prefix + ".many", Map.of("count", Integer.toString(total), "list", joined(messages, items)));
    }

    /** "a, b and c", the "and" from content. */
    private static String joined(Messages messages, List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        String and = messages.text("diary.list.and");
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.get(items.size() - 1);
    }
}
