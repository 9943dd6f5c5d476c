package crampcoach.console;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The intent an utterance was matched to, with every slot the intent declares in model order: spoken
 * slots carry the words heard, unspoken ones are empty, as in Alexa's request.
 *
 * @param sample the model sample or built-in phrase that matched; empty for the fallback intent
 */
record MatchedIntent(String name, List<SlotFill> slots, Optional<String> sample) {

    static final String FALLBACK = "AMAZON.FallbackIntent";

    MatchedIntent {
        Objects.requireNonNull(name, "name");
        slots = List.copyOf(slots);
        Objects.requireNonNull(sample, "sample");
    }

    Optional<SlotFill> slot(String slotName) {
        return slots.stream().filter(s -> s.name().equals(slotName)).findFirst();
    }

    /**
     * One declared slot.
     *
     * @param value      the words heard, empty when the person did not say this slot
     * @param resolution the custom value the words resolved to; empty for built-in slot types and when
     *                   the words are not a value of the custom type (Alexa's ER_SUCCESS_NO_MATCH)
     */
    record SlotFill(String name, String type, Optional<String> value, Optional<Resolution> resolution) {
        SlotFill {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(resolution, "resolution");
            if (value.isEmpty() && resolution.isPresent()) {
                throw new IllegalArgumentException("slot " + name + " resolved without being spoken");
            }
        }

        static SlotFill unspoken(String name, String type) {
            return new SlotFill(name, type, Optional.empty(), Optional.empty());
        }

        boolean isCustomType() {
            return !type.startsWith("AMAZON.");
        }
    }

    /** The canonical value of a custom slot type that the spoken words resolved to. */
    record Resolution(String id, String name) {
        Resolution {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }
}
