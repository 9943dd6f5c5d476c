package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import crampcoach.content.ContentLibrary;
import crampcoach.device.Surroundings;
import crampcoach.device.TimeZoneLookup;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Fits the turn to the device, after the safety gate: the device's time zone (known, or looked up
 * with a 300 ms network timeout, {@link TimeZoneLookup}) picks the country's emergency number and, between 22:00 and
 * 07:00 there, the night wording. A red flag does not wait for the lookup: it uses a zone already
 * known, or the locale's number.
 */
public final class DeviceInterceptor implements RequestInterceptor {

    static final String ATTRIBUTE = "crampcoach.surroundings";

    private final ContentLibrary library;
    private final TimeZoneLookup lookup;

    public DeviceInterceptor(ContentLibrary library, TimeZoneLookup lookup) {
        this.library = library;
        this.lookup = lookup;
    }

    @Override
    public void process(HandlerInput input) {
        Map<String, Object> requestAttributes = input.getAttributesManager().getRequestAttributes();
        boolean medicalHelp = Boolean.TRUE.equals(requestAttributes.get(SafetyGate.STOP_ATTRIBUTE));
        // Only a request that is answered in speech is worth a call: not a session end, an error report,
        // a can-fulfil query (which must answer at once) or a skill event.
        boolean speaks = input.matches(requestType(LaunchRequest.class)) || input.matches(requestType(IntentRequest.class))
                || input.matches(requestType(ConnectionsResponse.class));
        Surroundings surroundings = Surroundings.of(input, lookup, speaks && !medicalHelp);
        requestAttributes.put(ATTRIBUTE, surroundings);
        if (surroundings.zone().isPresent()) {
            Turn turn = Turn.of(input);
            String locale = input.getRequestEnvelope().getRequest().getLocale();
            requestAttributes.put(Turn.ATTRIBUTE, turn.withContent(
                    library.forDevice(locale, surroundings.zone().map(ZoneId::getId), surroundings.night())));
        }
    }

    /** The device's time zone for this turn, as found above: the diary dates a cramp by it. */
    public static Optional<ZoneId> zone(HandlerInput input) {
        return surroundings(input).zone();
    }

    /** This turn's surroundings; unknown when the interceptor did not run (an unreadable request). */
    static Surroundings surroundings(HandlerInput input) {
        Object known = input.getAttributesManager().getRequestAttributes().get(ATTRIBUTE);
        return known instanceof Surroundings surroundings ? surroundings : Surroundings.unknown();
    }
}
