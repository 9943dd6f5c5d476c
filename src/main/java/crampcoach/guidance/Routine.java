package crampcoach.guidance;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A guided stretch for one muscle group: a short lead-in, the steps in order, and how to stay safe.
 *
 * @param id      the muscle id the interaction model resolves to, such as {@code CALF}
 * @param name    how the muscle is named in speech, such as "calf"
 * @param intro   a few words before the first instruction; may be empty
 * @param steps   at least one step
 * @param safety  one sentence on staying safe while stretching, said before the first hold
 * @param check   the question to ask before the first step, for routines some injuries rule out
 * @param standing a standing stretch offered only after "can you stand safely?": at night the
 *                 routine itself stays in bed; empty by day, when the standing step is in the routine
 */
public record Routine(String id, String name, String intro, List<Step> steps, String safety,
        Optional<SafetyCheck> check, Optional<Step> standing) {

    public Routine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(intro, "intro");
        Objects.requireNonNull(safety, "safety");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(standing, "standing");
        steps = List.copyOf(steps);
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("a routine needs an id and a name");
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("routine " + id + " has no steps");
        }
        if (safety.isBlank()) {
            throw new IllegalArgumentException("routine " + id + " must say how to stay safe");
        }
        if (steps.get(0).deepensPrevious()) {
            throw new IllegalArgumentException("routine " + id + ": the first step has no stretch before it to deepen");
        }
    }

    /** A routine with nothing held back for later. */
    public Routine(String id, String name, String intro, List<Step> steps, String safety,
            Optional<SafetyCheck> check) {
        this(id, name, intro, steps, safety, check, Optional.empty());
    }

    /** A routine that needs no question before it starts. */
    public Routine(String id, String name, String intro, List<Step> steps, String safety) {
        this(id, name, intro, steps, safety, Optional.empty());
    }

    public int stepCount() {
        return steps.size();
    }

    public Step step(int index) {
        return steps.get(index);
    }

    public Duration totalHold() {
        return totalHold(Tempo.FIRST);
    }

    public Duration totalHold(Tempo tempo) {
        return steps.stream().map(step -> step.hold(tempo)).reduce(Duration.ZERO, Duration::plus);
    }
}
