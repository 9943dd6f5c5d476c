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
 * @param redFlagCheck the safety gate's question awaiting its answer, with what to carry on with
 *                   after "no"; only while that question is the one awaited
 * @param redFlagAsked whether the gate's question has been asked this session: it is asked once at most
 */
public record SessionState(Optional<Position> position, Awaiting awaiting, boolean paused, int rounds,
        boolean disclaimed, Optional<String> lastTopic, Optional<Position> checking,
        Optional<RedFlagCheck> redFlagCheck, boolean redFlagAsked) {

    public SessionState {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(awaiting, "awaiting");
        Objects.requireNonNull(lastTopic, "lastTopic");
        Objects.requireNonNull(checking, "checking");
        Objects.requireNonNull(redFlagCheck, "redFlagCheck");
        if (rounds < 0) {
            throw new IllegalArgumentException("rounds must not be negative");
        }
        // The gate's question and what it carries on with live and die together, and count as asked.
        if (awaiting != Awaiting.RED_FLAG_CHECK) {
            redFlagCheck = Optional.empty();
        } else if (redFlagCheck.isEmpty()) {
            awaiting = Awaiting.NOTHING;
        } else {
            redFlagAsked = true;
        }
        // A safety question and the routine it guards live and die together.
        if (awaiting != Awaiting.SAFETY_CHECK) {
            checking = Optional.empty();
        } else if (checking.isEmpty()) {
            awaiting = Awaiting.NOTHING;
        }
    }

    /** A state in which the safety gate has asked nothing. */
    public SessionState(Optional<Position> position, Awaiting awaiting, boolean paused, int rounds,
            boolean disclaimed, Optional<String> lastTopic, Optional<Position> checking) {
        this(position, awaiting, paused, rounds, disclaimed, lastTopic, checking, Optional.empty(), false);
    }

    public static SessionState fresh() {
        return new SessionState(Optional.empty(), Awaiting.NOTHING, false, 0, false, Optional.empty(), Optional.empty(),
                Optional.empty(), false);
    }

    public SessionState at(Position newPosition) {
        return new SessionState(Optional.of(newPosition), awaiting, false, rounds, disclaimed, lastTopic, checking, redFlagCheck, redFlagAsked);
    }

    public SessionState awaiting(Awaiting question) {
        return new SessionState(position, question, paused, rounds, disclaimed, lastTopic, checking, redFlagCheck, redFlagAsked);
    }

    /** Asks a routine's safety question; the routine starts only once the answer is no. */
    public SessionState checking(Position start) {
        // A new routine is asked for: whatever routine came before is over.
        return new SessionState(Optional.empty(), Awaiting.SAFETY_CHECK, false, rounds, disclaimed, lastTopic,
                Optional.of(start), redFlagCheck, redFlagAsked);
    }

    public SessionState paused(boolean isPaused) {
        return new SessionState(position, awaiting, isPaused, rounds, disclaimed, lastTopic, checking, redFlagCheck, redFlagAsked);
    }

    public SessionState anotherRound() {
        return new SessionState(position, awaiting, false, rounds + 1, disclaimed, lastTopic, checking, redFlagCheck, redFlagAsked);
    }

    public SessionState afterDisclaimer() {
        return new SessionState(position, awaiting, paused, rounds, true, lastTopic, checking, redFlagCheck, redFlagAsked);
    }

    public SessionState answered(String topicId) {
        return new SessionState(position, Awaiting.NOTHING, paused, rounds, disclaimed, Optional.of(topicId), checking, redFlagCheck, redFlagAsked);
    }

    /** Asking the safety gate's question: remembered until answered, and never asked again this session. */
    public SessionState askingRedFlagCheck(RedFlagCheck check) {
        return new SessionState(position, Awaiting.RED_FLAG_CHECK, paused, rounds, disclaimed, lastTopic, checking,
                Optional.of(check), true);
    }

    /** The gate's question answered: nothing of it is kept but that it was asked. */
    public SessionState redFlagCheckAnswered() {
        return new SessionState(position, Awaiting.NOTHING, paused, rounds, disclaimed, lastTopic, checking,
                Optional.empty(), redFlagAsked);
    }
}
