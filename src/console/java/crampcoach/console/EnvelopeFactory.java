package crampcoach.console;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crampcoach.console.MatchedIntent.SlotFill;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Builds the request envelopes Alexa sends to a custom skill, field for field, so the skill's own
 * deserialisation, skill-id check and timestamp check run on them exactly as in production.
 */
final class EnvelopeFactory {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String API_ENDPOINT = "https://api.amazonalexa.com";

    private final ConsoleIdentity identity;
    private final String locale;
    private final Clock clock;
    private final Supplier<String> requestIds;

    EnvelopeFactory(ConsoleIdentity identity, String locale, Clock clock) {
        this(identity, locale, clock, () -> "amzn1.echo-api.request." + UUID.randomUUID());
    }

    EnvelopeFactory(ConsoleIdentity identity, String locale, Clock clock, Supplier<String> requestIds) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.requestIds = Objects.requireNonNull(requestIds, "requestIds");
    }

    ObjectNode launchRequest(ConsoleSession.Turn turn) {
        return envelope(turn, request("LaunchRequest"));
    }

    ObjectNode intentRequest(ConsoleSession.Turn turn, MatchedIntent matched) {
        ObjectNode request = request("IntentRequest");
        ObjectNode intent = request.putObject("intent");
        intent.put("name", matched.name());
        intent.put("confirmationStatus", "NONE");
        // Alexa sends a slots object only for intents that declare slots, and then every declared slot.
        if (!matched.slots().isEmpty()) {
            ObjectNode slots = intent.putObject("slots");
            matched.slots().forEach(fill -> slots.set(fill.name(), slot(fill)));
        }
        return envelope(turn, request);
    }

    private ObjectNode envelope(ConsoleSession.Turn turn, ObjectNode request) {
        ObjectNode envelope = JSON.objectNode();
        envelope.put("version", "1.0");
        ObjectNode session = envelope.putObject("session");
        session.put("new", turn.isNew());
        session.put("sessionId", turn.sessionId());
        session.putObject("application").put("applicationId", identity.skillId());
        session.set("attributes", turn.attributes().deepCopy());
        session.putObject("user").put("userId", identity.userId());
        ObjectNode system = envelope.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", identity.skillId());
        system.putObject("user").put("userId", identity.userId());
        ObjectNode device = system.putObject("device");
        device.put("deviceId", identity.deviceId());
        device.putObject("supportedInterfaces");
        system.put("apiEndpoint", API_ENDPOINT);
        envelope.set("request", request);
        return envelope;
    }

    private ObjectNode request(String type) {
        ObjectNode request = JSON.objectNode();
        request.put("type", type);
        request.put("requestId", requestIds.get());
        // Alexa sends whole seconds in UTC; the SDK rejects requests more than 150 s old.
        request.put("timestamp", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        request.put("locale", locale);
        return request;
    }

    private ObjectNode slot(SlotFill fill) {
        ObjectNode slot = JSON.objectNode();
        slot.put("name", fill.name());
        fill.value().ifPresent(value -> slot.put("value", value));
        slot.put("confirmationStatus", "NONE");
        // Built-in slot types carry no entity resolution; custom types always do once spoken.
        if (fill.value().isPresent() && fill.isCustomType()) {
            ObjectNode authority = JSON.objectNode();
            authority.put("authority", "amzn1.er-authority.echo-sdk." + identity.skillId() + "." + fill.type());
            fill.resolution().ifPresentOrElse(resolution -> {
                authority.putObject("status").put("code", "ER_SUCCESS_MATCH");
                ObjectNode value = authority.putArray("values").addObject().putObject("value");
                value.put("name", resolution.name());
                value.put("id", resolution.id());
            }, () -> authority.putObject("status").put("code", "ER_SUCCESS_NO_MATCH"));
            slot.putObject("resolutions").putArray("resolutionsPerAuthority").add(authority);
        }
        return slot;
    }
}
