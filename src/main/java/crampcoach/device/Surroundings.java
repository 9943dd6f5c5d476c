package crampcoach.device;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Device;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.interfaces.system.SystemState;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The device a turn is spoken through, as far as the skill knows it.
 *
 * @param zone   the device's time zone; empty when unknown (no device, lookup failed, or not awaited)
 * @param night  whether it is night where the device is: {@link #NIGHT_STARTS} to {@link #NIGHT_ENDS}
 * @param screen whether the device can show an APL document
 */
public record Surroundings(Optional<ZoneId> zone, boolean night, boolean screen) {

    public static final int NIGHT_STARTS = 22;
    public static final int NIGHT_ENDS = 7;

    public Surroundings {
        Objects.requireNonNull(zone, "zone");
    }

    /** Nothing known: the locale's defaults, daytime speech, no screen. */
    public static Surroundings unknown() {
        return new Surroundings(Optional.empty(), false, false);
    }

    /**
     * Works out a turn's surroundings. With {@code mayWait} false (a red flag), only a zone already
     * known is used: an emergency answer never waits on the network.
     */
    public static Surroundings of(HandlerInput input, TimeZoneLookup lookup, boolean mayWait) {
        RequestEnvelope envelope = input.getRequestEnvelope();
        Optional<String> deviceId = device(envelope).map(Device::getDeviceId).filter(id -> !id.isBlank());
        Optional<ZoneId> zone = Optional.empty();
        if (deviceId.isPresent()) {
            zone = mayWait && input.getServiceClientFactory() != null && hasApiAccess(envelope)
                    ? lookup.find(deviceId.get(), input.getServiceClientFactory())
                    : lookup.known(deviceId.get());
        }
        Instant when = Optional.ofNullable(envelope.getRequest().getTimestamp())
                .map(OffsetDateTime::toInstant).orElseGet(Instant::now);
        boolean night = zone.map(where -> isNight(when.atZone(where))).orElse(false);
        boolean screen = device(envelope).map(Device::getSupportedInterfaces)
                .map(interfaces -> interfaces.getAlexaPresentationAPL() != null).orElse(false);
        return new Surroundings(zone, night, screen);
    }

    /** 22:00 up to 07:00 local time. */
    public static boolean isNight(ZonedDateTime local) {
        int hour = local.getHour();
        return hour >= NIGHT_STARTS || hour < NIGHT_ENDS;
    }

    private static Optional<Device> device(RequestEnvelope envelope) {
        return Optional.ofNullable(envelope.getContext()).map(Context::getSystem).map(SystemState::getDevice);
    }

    private static boolean hasApiAccess(RequestEnvelope envelope) {
        SystemState system = envelope.getContext().getSystem();
        return system.getApiEndpoint() != null && system.getApiAccessToken() != null;
    }
}
