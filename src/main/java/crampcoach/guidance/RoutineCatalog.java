package crampcoach.guidance;

import java.util.Map;
import java.util.Optional;

/** The routines of one locale, by muscle id. */
public record RoutineCatalog(Map<String, Routine> routines) {

    public RoutineCatalog {
        routines = Map.copyOf(routines);
    }

    public Optional<Routine> find(String muscleId) {
        return Optional.ofNullable(routines.get(muscleId));
    }
}
