package crampcoach.conversation;

import crampcoach.guidance.Position;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the skill remembers between turns of one session. Only positions and counts: nothing a
 * person said about their symptoms is kept.
 *
 * @param position   where the person is in a routine, if one is under way
 * @param awaiting   the question the skill asked last
 * @param paused     whether the person asked to pause
 * @param rounds     how many times a routine has played this session; a cramp that outlasts several
 *                   rounds is a red flag of its own
 * @param disclaimed whether the one-sentence medical disclaimer has been said this session
 * @param lastTopic  the topic answered last, so "repeat" can say it again
 * @param checking   the routine, and the pace asked for, waiting for the answer to its safety question;
 *                   only while that question is the one awaited, so any other turn drops it
 */
public record SessionState(Optional<Position> position, Awaiting awaiting, boolean paused, int rounds,
        boolean disclaimed, Optional<String> lastTopic, Optional<Position> checking) {

    public SessionState {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(awaiting, "awaiting");
        Objects.requireNonNull(lastTopic, "lastTopic");
        Objects.requireNonNull(checking, "checking");
        if (rounds < 0) {
            throw new IllegalArgumentException("rounds must not be negative");
        }
        // A safety question and the routine it guards live and die together.
        if (awaiting != Awaiting.SAFETY_CHECK) {
            checking = Optional.empty();
        } else if (checking.isEmpty()) {
            awaiting = Awaiting.NOTHING;
        }
    }

    public static SessionState fresh() {
        return new SessionState(Optional.empty(), Awaiting.NOTHING, false, 0, false, Optional.empty(), Optional.empty());
    }

    public SessionState at(Position newPosition) {
        return new SessionState(Optional.of(newPosition), awaiting, false, rounds, disclaimed, lastTopic, checking);
    }

    public SessionState awaiting(Awaiting question) {
        return new SessionState(position, question, paused, rounds, disclaimed, lastTopic, checking);
    }

    /** Asks a routine's safety question; the routine starts only once the answer is no. */
    public SessionState checking(Position start) {
        // A new routine is asked for: whatever routine came before is over.
        return new SessionState(Optional.empty(), Awaiting.SAFETY_CHECK, false, rounds, disclaimed, lastTopic,
                Optional.of(start));
    }

    public SessionState paused(boolean isPaused) {
        return new SessionState(position, awaiting, isPaused, rounds, disclaimed, lastTopic, checking);
    }

    public SessionState anotherRound() {
        return new SessionState(position, awaiting, false, rounds + 1, disclaimed, lastTopic, checking);
    }

    public SessionState afterDisclaimer() {
        return new SessionState(position, awaiting, paused, rounds, true, lastTopic, checking);
    }

    public SessionState answered(String topicId) {
        return new SessionState(position, Awaiting.NOTHING, paused, rounds, disclaimed, Optional.of(topicId), checking);
    }
}
