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
 * @param check      the safety question awaiting its answer, with what to carry on with after "no"
 * @param checked    whether the safety question has been asked this session: it is asked once at most
 */
public record SessionState(Optional<Position> position, Awaiting awaiting, boolean paused, int rounds,
        boolean disclaimed, Optional<String> lastTopic, Optional<SafetyCheck> check, boolean checked) {

    public SessionState {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(awaiting, "awaiting");
        Objects.requireNonNull(lastTopic, "lastTopic");
        Objects.requireNonNull(check, "check");
        if (rounds < 0) {
            throw new IllegalArgumentException("rounds must not be negative");
        }
    }

    /** A state with no safety question asked. */
    public SessionState(Optional<Position> position, Awaiting awaiting, boolean paused, int rounds,
            boolean disclaimed, Optional<String> lastTopic) {
        this(position, awaiting, paused, rounds, disclaimed, lastTopic, Optional.empty(), false);
    }

    public static SessionState fresh() {
        return new SessionState(Optional.empty(), Awaiting.NOTHING, false, 0, false, Optional.empty());
    }

    public SessionState at(Position newPosition) {
        return new SessionState(Optional.of(newPosition), awaiting, false, rounds, disclaimed, lastTopic, check, checked);
    }

    public SessionState awaiting(Awaiting question) {
        return new SessionState(position, question, paused, rounds, disclaimed, lastTopic, check, checked);
    }

    public SessionState paused(boolean isPaused) {
        return new SessionState(position, awaiting, isPaused, rounds, disclaimed, lastTopic, check, checked);
    }

    public SessionState anotherRound() {
        return new SessionState(position, awaiting, false, rounds + 1, disclaimed, lastTopic, check, checked);
    }

    public SessionState afterDisclaimer() {
        return new SessionState(position, awaiting, paused, rounds, true, lastTopic, check, checked);
    }

    public SessionState answered(String topicId) {
        return new SessionState(position, Awaiting.NOTHING, paused, rounds, disclaimed, Optional.of(topicId), check, checked);
    }

    /** Asking the safety question: remembered until answered, and never asked again this session. */
    public SessionState askingSafety(SafetyCheck newCheck) {
        return new SessionState(position, Awaiting.SAFETY_CHECK, paused, rounds, disclaimed, lastTopic,
                Optional.of(newCheck), true);
    }

    /** The safety question answered: nothing of it is kept but that it was asked. */
    public SessionState safetyAnswered() {
        return new SessionState(position, Awaiting.NOTHING, paused, rounds, disclaimed, lastTopic, Optional.empty(), checked);
    }
}
