package crampcoach.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The session between turns, kept the way Alexa keeps it: the first request of a session is marked new
 * and carries no attributes; each later request carries exactly the sessionAttributes of the previous
 * response; once a response ends the session, the next request starts a new one.
 */
final class ConsoleSession {

    /** What a request needs to know about the session it belongs to. */
    record Turn(String sessionId, boolean isNew, ObjectNode attributes) {
        Turn {
            Objects.requireNonNull(sessionId, "sessionId");
            attributes = attributes.deepCopy(); // the skill's response must not change an earlier request
        }
    }

    private final Supplier<String> sessionIds;
    private Optional<Turn> open = Optional.empty();

    ConsoleSession() {
        this(() -> "amzn1.echo-api.session." + UUID.randomUUID());
    }

    ConsoleSession(Supplier<String> sessionIds) {
        this.sessionIds = sessionIds;
    }

    boolean isOpen() {
        return open.isPresent();
    }

    /** Starts a new session, dropping any open one, as a launch phrase does on a device. */
    Turn begin() {
        Turn turn = new Turn(sessionIds.get(), true, JsonNodeFactory.instance.objectNode());
        open = Optional.of(turn);
        return turn;
    }

    /** The turn for the open session; a new session when none is open. */
    Turn next() {
        return open.orElseGet(this::begin);
    }

    /**
     * Applies the skill's response envelope. The session stays open only when the response says
     * shouldEndSession false: an Echo without a screen closes it when the flag is true or missing.
     */
    void afterResponse(JsonNode responseEnvelope) {
        boolean keepOpen = responseEnvelope.path("response").path("shouldEndSession").isBoolean()
                && !responseEnvelope.path("response").path("shouldEndSession").asBoolean();
        if (!keepOpen || open.isEmpty()) {
            end();
            return;
        }
        JsonNode attributes = responseEnvelope.path("sessionAttributes");
        ObjectNode next = attributes.isObject()
                ? (ObjectNode) attributes
                : JsonNodeFactory.instance.objectNode();
        open = Optional.of(new Turn(open.get().sessionId(), false, next));
    }

    void end() {
        open = Optional.empty();
    }
}
