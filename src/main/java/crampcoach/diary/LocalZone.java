package crampcoach.diary;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The device's time zone, when the skill can know it (the Alexa settings API, issue 12). The diary
 * dates each cramp by the device's local day; without a zone, by UTC's.
 */
@FunctionalInterface
public interface LocalZone {

    Optional<ZoneId> of(HandlerInput input);

    /** No zone known: the diary uses UTC. */
    static LocalZone unknown() {
        return input -> Optional.empty();
    }
}
