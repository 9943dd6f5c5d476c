package crampcoach.conversation;

import crampcoach.guidance.Pace;
import crampcoach.guidance.Position;
import crampcoach.guidance.Routine;
import crampcoach.guidance.RoutineCatalog;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
    static final String RED_FLAG_CHECK = "redFlagCheck";
    static final String RED_FLAG_CARRY_ON = "redFlagCarryOn";
    static final String RED_FLAG_MUSCLE = "redFlagMuscle";
    static final String RED_FLAG_ADVISORY = "redFlagAdvisory";
    static final String RED_FLAG_ASKED = "redFlagAsked";

    /** More rounds than anyone would sit through; a larger count can only be tampering. */
    private static final int MOST_ROUNDS = 20;

    /**
     * What was read, and which attributes had to be thrown away because they did not fit.
     *
     * @param state     the session state, fresh wherever an attribute was dropped
     * @param discarded the names of the attributes that were there but did not fit, in reading order
     */
    public record Read(SessionState state, Set<String> discarded) {

        public Read {
            Objects.requireNonNull(state, "state");
            discarded = Collections.unmodifiableSet(new LinkedHashSet<>(discarded));
        }

        /** Whether anything had to be thrown away: an old skill version, a test tool or tampering. */
        public boolean tampered() {
            return !discarded.isEmpty();
        }
    }

    /** One attribute as read: its value if it fits, and whether something was there that did not. */
    private record Field<T>(Optional<T> value, boolean discarded) {

        static <T> Field<T> of(T value) {
            return new Field<>(Optional.of(value), false);
        }

        static <T> Field<T> absent() {
            return new Field<>(Optional.empty(), false);
        }

        static <T> Field<T> unfit() {
            return new Field<>(Optional.empty(), true);
        }

        /** Something that was there but is not a value of this type, or no value at all. */
        static <T> Field<T> unreadable(Object raw) {
            return raw == null ? absent() : unfit();
        }
    }

    private SessionAttributes() {
    }

    public static Read read(Map<String, Object> attributes, RoutineCatalog routines) {
        if (attributes == null || attributes.isEmpty()) {
            return new Read(SessionState.fresh(), Set.of());
        }
        Field<Position> position = position(attributes, routines);
        Field<Awaiting> awaiting = enumValue(attributes.get(AWAITING), Awaiting.class);
        Field<Boolean> paused = bool(attributes.get(PAUSED));
        Field<Integer> rounds = rounds(attributes);
        Field<Boolean> disclaimed = bool(attributes.get(DISCLAIMED));
        Field<String> lastTopic = lastTopic(attributes);
        Field<Position> checking = checking(attributes, routines);
        Field<RedFlagCheck> redFlagCheck = redFlagCheck(attributes);
        Field<Boolean> redFlagAsked = bool(attributes.get(RED_FLAG_ASKED));

        Set<String> discarded = new LinkedHashSet<>();
        if (position.discarded()) {
            for (String key : List.of(ROUTINE, STEP, PACE)) {
                if (attributes.containsKey(key)) {
                    discarded.add(key);
                }
            }
        }
        noteDiscarded(discarded, AWAITING, awaiting);
        noteDiscarded(discarded, PAUSED, paused);
        noteDiscarded(discarded, ROUNDS, rounds);
        noteDiscarded(discarded, DISCLAIMED, disclaimed);
        noteDiscarded(discarded, LAST_TOPIC, lastTopic);
        noteDiscarded(discarded, RED_FLAG_CHECK, redFlagCheck);
        noteDiscarded(discarded, RED_FLAG_ASKED, redFlagAsked);
        // A safety question and the routine it guards arrive together or not at all.
        boolean awaitsCheck = awaiting.value().filter(Awaiting.SAFETY_CHECK::equals).isPresent();
        if (checking.discarded() || checking.value().isPresent() != awaitsCheck) {
            for (String key : List.of(AWAITING, CHECK_ROUTINE, CHECK_PACE)) {
                if (attributes.containsKey(key)) {
                    discarded.add(key);
                }
            }
        }

        SessionState state = new SessionState(position.value(), awaiting.value().orElse(Awaiting.NOTHING),
                paused.value().orElse(false) && position.value().isPresent(), rounds.value().orElse(0),
                disclaimed.value().orElse(false), lastTopic.value(), checking.value(),
                // The gate's question and what it carries on with arrive together; either alone is dropped
                // and the person hears the safe side (the answer handler finds no check).
                redFlagCheck.value(), redFlagAsked.value().orElse(false));
        return new Read(state, discarded);
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
        state.redFlagCheck().ifPresent(check -> {
            attributes.put(RED_FLAG_CHECK, check.questionId());
            attributes.put(RED_FLAG_CARRY_ON, check.carryOn().name());
            check.muscle().ifPresent(muscle -> attributes.put(RED_FLAG_MUSCLE, muscle));
            check.advisory().ifPresent(category -> attributes.put(RED_FLAG_ADVISORY, category));
        });
        if (state.redFlagAsked()) {
            attributes.put(RED_FLAG_ASKED, true);
        }
        return attributes;
    }

    /** The gate's awaited question; ids only, each checked, or the whole check is dropped. */
    private static Field<RedFlagCheck> redFlagCheck(Map<String, Object> attributes) {
        Object question = attributes.get(RED_FLAG_CHECK);
        if (question == null) {
            boolean strays = attributes.containsKey(RED_FLAG_CARRY_ON) || attributes.containsKey(RED_FLAG_MUSCLE)
                    || attributes.containsKey(RED_FLAG_ADVISORY);
            return strays ? Field.unfit() : Field.absent();
        }
        Optional<RedFlagCheck.CarryOn> carryOn = enumValue(attributes.get(RED_FLAG_CARRY_ON), RedFlagCheck.CarryOn.class).value();
        Object muscle = attributes.get(RED_FLAG_MUSCLE);
        Object advisory = attributes.get(RED_FLAG_ADVISORY);
        if (!(question instanceof String id) || !RedFlagCheck.isQuestionId(id) || carryOn.isEmpty()
                || muscle != null && !(muscle instanceof String m && RedFlagCheck.isId(m))
                || advisory != null && !(advisory instanceof String a && RedFlagCheck.isId(a))) {
            return Field.unfit();
        }
        return Field.of(new RedFlagCheck(id, carryOn.get(), Optional.ofNullable((String) muscle),
                Optional.ofNullable((String) advisory)));
    }

    private static void noteDiscarded(Set<String> discarded, String key, Field<?> field) {
        if (field.discarded()) {
            discarded.add(key);
        }
    }

    private static Field<Position> position(Map<String, Object> attributes, RoutineCatalog routines) {
        Object routineId = attributes.get(ROUTINE);
        if (routineId == null) {
            return attributes.containsKey(STEP) || attributes.containsKey(PACE) ? Field.unfit() : Field.absent();
        }
        Optional<Routine> routine = routineId instanceof String id ? routines.find(id) : Optional.empty();
        Optional<Integer> step = integer(attributes.get(STEP)).value();
        Optional<Pace> pace = enumValue(attributes.get(PACE), Pace.class).value();
        if (routine.isEmpty() || step.isEmpty() || pace.isEmpty()
                || step.get() < 0 || step.get() >= routine.get().stepCount()) {
            return Field.unfit();
        }
        return Field.of(new Position(routine.get().id(), step.get(), pace.get()));
    }

    /** The routine waiting for its safety question: only a routine that has one. */
    private static Field<Position> checking(Map<String, Object> attributes, RoutineCatalog routines) {
        Object routineId = attributes.get(CHECK_ROUTINE);
        if (routineId == null) {
            return attributes.containsKey(CHECK_PACE) ? Field.unfit() : Field.absent();
        }
        Optional<Routine> routine = routineId instanceof String id ? routines.find(id) : Optional.empty();
        Optional<Pace> pace = enumValue(attributes.get(CHECK_PACE), Pace.class).value();
        if (routine.isEmpty() || routine.get().check().isEmpty() || pace.isEmpty()) {
            return Field.unfit();
        }
        return Field.of(Position.start(routine.get(), pace.get()));
    }

    /** A round count; the key alone, with no count in range, counts as tampering. */
    private static Field<Integer> rounds(Map<String, Object> attributes) {
        Optional<Integer> rounds = integer(attributes.get(ROUNDS)).value().filter(n -> n >= 0 && n <= MOST_ROUNDS);
        if (rounds.isPresent()) {
            return Field.of(rounds.get());
        }
        return attributes.containsKey(ROUNDS) ? Field.unfit() : Field.absent();
    }

    /** A topic id as the content names them; the key alone, with no such id, counts as tampering. */
    private static Field<String> lastTopic(Map<String, Object> attributes) {
        if (attributes.get(LAST_TOPIC) instanceof String topic && topic.matches("[A-Z_]{1,40}")) {
            return Field.of(topic);
        }
        return attributes.containsKey(LAST_TOPIC) ? Field.unfit() : Field.absent();
    }

    private static Field<Integer> integer(Object value) {
        // Jackson reads small JSON numbers as Integer, but a hand-made request may carry 2.0 or "2".
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && Math.abs(number.doubleValue()) < 1_000_000) {
            return Field.of(number.intValue());
        }
        return Field.unreadable(value);
    }

    private static Field<Boolean> bool(Object value) {
        if (value instanceof Boolean flag) {
            return Field.of(flag);
        }
        return Field.unreadable(value);
    }

    private static <E extends Enum<E>> Field<E> enumValue(Object value, Class<E> type) {
        if (value instanceof String name) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return Field.of(constant);
                }
            }
        }
        return Field.unreadable(value);
    }
}
