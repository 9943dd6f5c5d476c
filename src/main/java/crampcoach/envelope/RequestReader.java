package crampcoach.envelope;

import com.amazon.ask.model.Application;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Device;
import com.amazon.ask.model.DialogState;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.ListSlotValue;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Session;
import com.amazon.ask.model.SessionEndedError;
import com.amazon.ask.model.SessionEndedReason;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.model.SimpleSlotValue;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SlotValue;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.Resolutions;
import com.amazon.ask.model.slu.entityresolution.Status;
import com.amazon.ask.model.slu.entityresolution.Value;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the three requests Cramp Coach answers (launch, intent, session ended) from Alexa's JSON into
 * the SDK's model with its builders, as the SDK's own Jackson reader would, but without databind's
 * reflection: that reader introspects hundreds of annotated model classes on its first request.
 *
 * <p>Anything this reader does not cover it declines (an empty result) rather than guesses, and the
 * caller hands the bytes to the SDK's reader: another request type, a value of an unexpected JSON
 * type, or a field the SDK's model would keep that this reader does not (a launch task, user
 * permissions). Fields the SDK's model has no place for are ignored, as the SDK ignores them.
 *
 * <p>Of the context, only {@code System} is read (application, user, device id, API endpoint and
 * token): Cramp Coach reads nothing else, and the rest (supported interfaces, viewport, audio player
 * state, geolocation) differs from device to device. The rest is not checked either, so a request
 * whose only flaw is a malformed viewport is answered where the SDK's reader would refuse it: for a
 * person in pain, an answer beats an error. The tests hold this reader to the SDK's on every request
 * they send, and on envelopes damaged at random ({@code EnvelopeMutationTest}).
 */
public final class RequestReader {

    private static final Set<String> USER_FIELDS_NOT_READ = Set.of("permissions");
    private static final Set<String> LAUNCH_FIELDS_NOT_READ = Set.of("task");

    /** The envelope, or empty when the SDK's reader should decide. */
    public Optional<RequestEnvelope> read(JsonNode envelope) {
        try {
            return Optional.of(envelope(envelope));
        } catch (Declined declined) {
            return Optional.empty();
        }
    }

    private static RequestEnvelope envelope(JsonNode node) throws Declined {
        requireObject(node);
        JsonNode request = node.path("request");
        requireObject(request);
        return RequestEnvelope.builder()
                .withVersion(text(node, "version"))
                .withSession(present(node, "session") ? session(node.get("session")) : null)
                .withContext(present(node, "context") ? context(node.get("context")) : null)
                .withRequest(request(request))
                .build();
    }

    private static Request request(JsonNode node) throws Declined {
        String type = text(node, "type");
        if ("IntentRequest".equals(type)) {
            return IntentRequest.builder()
                    .withRequestId(text(node, "requestId"))
                    .withTimestamp(timestamp(node))
                    .withLocale(text(node, "locale"))
                    .withDialogState(present(node, "dialogState") ? DialogState.fromValue(text(node, "dialogState")) : null)
                    .withIntent(present(node, "intent") ? intent(node.get("intent")) : null)
                    .build();
        }
        if ("LaunchRequest".equals(type)) {
            declineAny(node, LAUNCH_FIELDS_NOT_READ);
            return LaunchRequest.builder()
                    .withRequestId(text(node, "requestId"))
                    .withTimestamp(timestamp(node))
                    .withLocale(text(node, "locale"))
                    .build();
        }
        if ("SessionEndedRequest".equals(type)) {
            return SessionEndedRequest.builder()
                    .withRequestId(text(node, "requestId"))
                    .withTimestamp(timestamp(node))
                    .withLocale(text(node, "locale"))
                    .withReason(present(node, "reason") ? SessionEndedReason.fromValue(text(node, "reason")) : null)
                    .withError(present(node, "error") ? sessionEndedError(node.get("error")) : null)
                    .build();
        }
        throw Declined.INSTANCE;
    }

    private static SessionEndedError sessionEndedError(JsonNode node) throws Declined {
        requireObject(node);
        return SessionEndedError.builder()
                .withType(text(node, "type"))
                .withMessage(text(node, "message"))
                .build();
    }

    private static Intent intent(JsonNode node) throws Declined {
        requireObject(node);
        Intent.Builder intent = Intent.builder()
                .withName(text(node, "name"))
                .withConfirmationStatus(text(node, "confirmationStatus"));
        if (present(node, "slots")) {
            JsonNode slots = node.get("slots");
            requireObject(slots);
            Map<String, Slot> read = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> slot : slots.properties()) {
                read.put(slot.getKey(), slot.getValue().isNull() ? null : slot(slot.getValue()));
            }
            intent.withSlots(read);
        }
        return intent.build();
    }

    private static Slot slot(JsonNode node) throws Declined {
        requireObject(node);
        return Slot.builder()
                .withName(text(node, "name"))
                .withValue(text(node, "value"))
                .withConfirmationStatus(text(node, "confirmationStatus"))
                .withResolutions(present(node, "resolutions") ? resolutions(node.get("resolutions")) : null)
                .withSlotValue(present(node, "slotValue") ? slotValue(node.get("slotValue")) : null)
                .build();
    }

    private static SlotValue slotValue(JsonNode node) throws Declined {
        requireObject(node);
        String type = text(node, "type");
        if ("Simple".equals(type)) {
            return SimpleSlotValue.builder()
                    .withValue(text(node, "value"))
                    .withResolutions(present(node, "resolutions") ? resolutions(node.get("resolutions")) : null)
                    .build();
        }
        if ("List".equals(type)) {
            ListSlotValue.Builder list = ListSlotValue.builder();
            if (present(node, "values")) {
                List<SlotValue> values = new ArrayList<>();
                for (JsonNode value : array(node, "values")) {
                    values.add(value.isNull() ? null : slotValue(value));
                }
                list.withValues(values);
            }
            return list.build();
        }
        throw Declined.INSTANCE;
    }

    private static Resolutions resolutions(JsonNode node) throws Declined {
        requireObject(node);
        Resolutions.Builder resolutions = Resolutions.builder();
        if (present(node, "resolutionsPerAuthority")) {
            List<Resolution> perAuthority = new ArrayList<>();
            for (JsonNode resolution : array(node, "resolutionsPerAuthority")) {
                perAuthority.add(resolution.isNull() ? null : resolution(resolution));
            }
            resolutions.withResolutionsPerAuthority(perAuthority);
        }
        return resolutions.build();
    }

    private static Resolution resolution(JsonNode node) throws Declined {
        requireObject(node);
        Resolution.Builder resolution = Resolution.builder().withAuthority(text(node, "authority"));
        if (present(node, "status")) {
            JsonNode status = node.get("status");
            requireObject(status);
            resolution.withStatus(Status.builder()
                    .withCode(text(status, "code"))
                    .build());
        }
        if (present(node, "values")) {
            List<ValueWrapper> values = new ArrayList<>();
            for (JsonNode wrapper : array(node, "values")) {
                values.add(wrapper.isNull() ? null : valueWrapper(wrapper));
            }
            resolution.withValues(values);
        }
        return resolution.build();
    }

    private static ValueWrapper valueWrapper(JsonNode node) throws Declined {
        requireObject(node);
        ValueWrapper.Builder wrapper = ValueWrapper.builder();
        if (present(node, "value")) {
            JsonNode value = node.get("value");
            requireObject(value);
            wrapper.withValue(Value.builder().withName(text(value, "name")).withId(text(value, "id")).build());
        }
        return wrapper.build();
    }

    private static Session session(JsonNode node) throws Declined {
        requireObject(node);
        return Session.builder()
                .withNew(bool(node, "new"))
                .withSessionId(text(node, "sessionId"))
                .withUser(present(node, "user") ? user(node.get("user")) : null)
                .withAttributes(present(node, "attributes") ? SessionAttributeValues.map(node.get("attributes")) : null)
                .withApplication(present(node, "application") ? application(node.get("application")) : null)
                .build();
    }

    private static Context context(JsonNode node) throws Declined {
        requireObject(node);
        if (!present(node, "System")) {
            return Context.builder().build();
        }
        JsonNode system = node.get("System");
        requireObject(system);
        return Context.builder()
                .withSystem(SystemState.builder()
                        .withApplication(present(system, "application") ? application(system.get("application")) : null)
                        .withUser(present(system, "user") ? user(system.get("user")) : null)
                        .withDevice(present(system, "device") ? device(system.get("device")) : null)
                        .withApiEndpoint(text(system, "apiEndpoint"))
                        .withApiAccessToken(text(system, "apiAccessToken"))
                        .build())
                .build();
    }

    private static Device device(JsonNode node) throws Declined {
        requireObject(node);
        return Device.builder()
                .withDeviceId(text(node, "deviceId"))
                .withPersistentEndpointId(text(node, "persistentEndpointId"))
                .build();
    }

    private static User user(JsonNode node) throws Declined {
        requireObject(node);
        declineAny(node, USER_FIELDS_NOT_READ);
        return User.builder().withUserId(text(node, "userId")).withAccessToken(text(node, "accessToken")).build();
    }

    private static Application application(JsonNode node) throws Declined {
        requireObject(node);
        return Application.builder().withApplicationId(text(node, "applicationId")).build();
    }

    /**
     * Jackson's reader for this model adjusts every date to UTC; Alexa sends UTC already, but a
     * request with another offset must still read the same as it would through the SDK.
     */
    private static OffsetDateTime timestamp(JsonNode node) throws Declined {
        String text = text(node, "timestamp");
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw Declined.INSTANCE;
        }
    }

    private static boolean present(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    private static String text(JsonNode node, String field) throws Declined {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw Declined.INSTANCE;
        }
        return value.textValue();
    }

    private static Boolean bool(JsonNode node, String field) throws Declined {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw Declined.INSTANCE;
        }
        return value.booleanValue();
    }

    private static JsonNode array(JsonNode node, String field) throws Declined {
        JsonNode value = node.get(field);
        if (!value.isArray()) {
            throw Declined.INSTANCE;
        }
        return value;
    }

    private static void requireObject(JsonNode node) throws Declined {
        if (!node.isObject()) {
            throw Declined.INSTANCE;
        }
    }

    private static void declineAny(JsonNode node, Set<String> fieldsNotRead) throws Declined {
        for (String field : fieldsNotRead) {
            if (present(node, field)) {
                throw Declined.INSTANCE;
            }
        }
    }
}
