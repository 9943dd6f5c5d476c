package crampcoach.conversation;

import crampcoach.guidance.Pace;
import crampcoach.guidance.Position;
import crampcoach.guidance.Routine;
import crampcoach.guidance.RoutineCatalog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Maps {@link SessionState} to and from Alexa's session attributes. Alexa echoes the attributes back,
 * but anything can arrive there (an old version of the skill, a test tool, a tampered request), so every
 * value is checked when read: what doesn't fit is dropped, and the person starts fresh.
 */
public final class SessionAttributes {

    static final String ROUTINE = "routine";
    static final String STEP = "step";
    static final String PACE = "pace";
    static final String AWAITING = "awaiting";
    static final String PAUSED = "paused";
    static final String ROUNDS = "rounds";
    static final String DISCLAIMED = "disclaimed";
    static final String LAST_TOPIC = "lastTopic";
    static final String CHECK_ROUTINE = "checkRoutine";
    static final String CHECK_PACE = "checkPace";

    /** More rounds than anyone would sit through; a larger count can only be tampering. */
    private static final int MOST_ROUNDS = 20;

    /** What was read, and whether something had to be thrown away. */
    public record Read(SessionState state, boolean tampered) {
    }

    private SessionAttributes() {
    }

    public static Read read(Map<String, Object> attributes, RoutineCatalog routines) {
        if (attributes == null || attributes.isEmpty()) {
            return new Read(SessionState.fresh(), false);
        }
        boolean[] tampered = {false};
        Optional<Position> position = position(attributes, routines, tampered);
        Awaiting awaiting = enumValue(attributes.get(AWAITING), Awaiting.class, tampered).orElse(Awaiting.NOTHING);
        boolean paused = bool(attributes.get(PAUSED), tampered);
        int rounds = integer(attributes.get(ROUNDS), tampered).filter(n -> n >= 0 && n <= MOST_ROUNDS)
                .orElseGet(() -> {
                    tampered[0] |= attributes.containsKey(ROUNDS);
                    return 0;
                });
        boolean disclaimed = bool(attributes.get(DISCLAIMED), tampered);
        Optional<String> lastTopic = attributes.get(LAST_TOPIC) instanceof String topic && topic.matches("[A-Z_]{1,40}")
                ? Optional.of(topic)
                : Optional.empty();
        tampered[0] |= attributes.containsKey(LAST_TOPIC) && lastTopic.isEmpty();
        Optional<Position> checking = checking(attributes, routines, tampered);
        tampered[0] |= checking.isPresent() != (awaiting == Awaiting.SAFETY_CHECK);
        SessionState state = new SessionState(position, awaiting, paused && position.isPresent(), rounds, disclaimed,
                lastTopic, checking);
        return new Read(state, tampered[0]);
    }

    public static Map<String, Object> write(SessionState state) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        state.position().ifPresent(position -> {
            attributes.put(ROUTINE, position.routineId());
            attributes.put(STEP, position.step());
            attributes.put(PACE, position.pace().name());
        });
        if (state.awaiting() != Awaiting.NOTHING) {
            attributes.put(AWAITING, state.awaiting().name());
        }
        if (state.paused()) {
            attributes.put(PAUSED, true);
        }
        if (state.rounds() > 0) {
            attributes.put(ROUNDS, state.rounds());
        }
        if (state.disclaimed()) {
            attributes.put(DISCLAIMED, true);
        }
        state.lastTopic().ifPresent(topic -> attributes.put(LAST_TOPIC, topic));
        state.checking().ifPresent(start -> {
            attributes.put(CHECK_ROUTINE, start.routineId());
            attributes.put(CHECK_PACE, start.pace().name());
        });
        return attributes;
    }

    /** The routine waiting for its safety question: only one that has such a question. */
    private static Optional<Position> checking(Map<String, Object> attributes, RoutineCatalog routines, boolean[] tampered) {
        Object routineId = attributes.get(CHECK_ROUTINE);
        if (routineId == null) {
            tampered[0] |= attributes.containsKey(CHECK_PACE);
            return Optional.empty();
        }
        Optional<Routine> routine = routineId instanceof String id ? routines.find(id) : Optional.empty();
        Optional<Pace> pace = enumValue(attributes.get(CHECK_PACE), Pace.class, tampered);
        if (routine.isEmpty() || routine.get().check().isEmpty() || pace.isEmpty()) {
            tampered[0] = true;
            return Optional.empty();
        }
        return Optional.of(Position.start(routine.get(), pace.get()));
    }

    private static Optional<Position> position(Map<String, Object> attributes, RoutineCatalog routines, boolean[] tampered) {
        Object routineId = attributes.get(ROUTINE);
        if (routineId == null) {
            tampered[0] |= attributes.containsKey(STEP) || attributes.containsKey(PACE);
            return Optional.empty();
        }
        Optional<Routine> routine = routineId instanceof String id ? routines.find(id) : Optional.empty();
        Optional<Integer> step = integer(attributes.get(STEP), tampered);
        Optional<Pace> pace = enumValue(attributes.get(PACE), Pace.class, tampered);
        if (routine.isEmpty() || step.isEmpty() || pace.isEmpty()
                || step.get() < 0 || step.get() >= routine.get().stepCount()) {
            tampered[0] = true;
            return Optional.empty();
        }
        return Optional.of(new Position(routine.get().id(), step.get(), pace.get()));
    }

    private static Optional<Integer> integer(Object value, boolean[] tampered) {
        // Jackson reads small JSON numbers as Integer, but a hand-made request may carry 2.0 or "2".
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && Math.abs(number.doubleValue()) < 1_000_000) {
            return Optional.of(number.intValue());
        }
        tampered[0] |= value != null;
        return Optional.empty();
    }

    private static boolean bool(Object value, boolean[] tampered) {
        if (value instanceof Boolean flag) {
            return flag;
        }
        tampered[0] |= value != null;
        return false;
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Object value, Class<E> type, boolean[] tampered) {
        if (value instanceof String name) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return Optional.of(constant);
                }
            }
        }
        tampered[0] |= value != null;
        return Optional.empty();
    }
}
