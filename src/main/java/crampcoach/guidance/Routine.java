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
 * @param safety  one sentence on staying safe while stretching
 * @param standing a standing stretch offered only after "can you stand safely?": at night the
 *                 routine itself stays in bed; empty by day, when the standing step is in the routine
 */
public record Routine(String id, String name, String intro, List<Step> steps, String safety, Optional<Step> standing) {

    /** A routine with nothing held back for later. */
    public Routine(String id, String name, String intro, List<Step> steps, String safety) {
        this(id, name, intro, steps, safety, Optional.empty());
    }

    public Routine {
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(intro, "intro");
        Objects.requireNonNull(safety, "safety");
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
    }

    public int stepCount() {
        return steps.size();
    }

    public Step step(int index) {
        return steps.get(index);
    }

    public Duration totalHold() {
        return steps.stream().map(Step::hold).reduce(Duration.ZERO, Duration::plus);
    }
}
