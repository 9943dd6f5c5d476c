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
import com.amazon.ask.model.Permissions;
import com.amazon.ask.model.Person;
import com.amazon.ask.model.Scope;
import com.amazon.ask.model.SupportedInterfaces;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.AlexaPresentationAplInterface;
import com.amazon.ask.model.interfaces.audioplayer.AudioPlayerInterface;
import com.amazon.ask.model.interfaces.display.DisplayInterface;
import com.amazon.ask.model.interfaces.geolocation.GeolocationInterface;
import com.amazon.ask.model.interfaces.navigation.NavigationInterface;
import com.amazon.ask.model.interfaces.systemUnit.Unit;
import com.amazon.ask.model.interfaces.videoapp.VideoAppInterface;
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
 * <p>For every SDK model class it builds, this reader either reads a JSON property of that class's
 * model or declines the whole envelope when the property is present ({@link #READ}, {@link #DECLINED});
 * the caller then hands the bytes to the SDK's reader. So what a handler sees is always the SDK's
 * reading: {@code EnvelopeCoverageTest} walks the SDK model's getters over rich fixtures and checks
 * that the two lists together name every property the SDK's model has, so that a property a later
 * SDK adds fails the build until it is read or declined here. Declined today: the context beside
 * {@code System} (viewports, APL state, audio player…, that is every screen device; SnapStart primes
 * the SDK's reader for them), a few device interfaces and a launch task. Properties the SDK's model
 * has no place for are ignored, as the SDK ignores them.
 */
public final class RequestReader {

    /** Per SDK model class, the JSON properties this reader reads (a request's "type" picks the class). */
    static final Map<Class<?>, Set<String>> READ = Map.ofEntries(
            Map.entry(RequestEnvelope.class, Set.of("version", "session", "context", "request")),
            Map.entry(Session.class, Set.of("new", "sessionId", "user", "attributes", "application")),
            Map.entry(Context.class, Set.of("System")),
            Map.entry(SystemState.class, Set.of("application", "user", "device", "person", "unit", "apiEndpoint", "apiAccessToken")),
            Map.entry(Application.class, Set.of("applicationId")),
            Map.entry(User.class, Set.of("userId", "accessToken", "permissions")),
            Map.entry(Permissions.class, Set.of("consentToken", "scopes")),
            Map.entry(Scope.class, Set.of("status")),
            Map.entry(Person.class, Set.of("personId", "accessToken")),
            Map.entry(Unit.class, Set.of("unitId", "persistentUnitId")),
            Map.entry(Device.class, Set.of("deviceId", "persistentEndpointId", "supportedInterfaces")),
            Map.entry(SupportedInterfaces.class, Set.of(
                    "Alexa.Presentation.APL", "AudioPlayer", "Display", "Geolocation", "VideoApp", "Navigation")),
            Map.entry(AlexaPresentationAplInterface.class, Set.of("runtime")),
            Map.entry(com.amazon.ask.model.interfaces.alexa.presentation.apl.Runtime.class, Set.of("maxVersion")),
            Map.entry(DisplayInterface.class, Set.of("templateVersion", "markupVersion")),
            Map.entry(AudioPlayerInterface.class, Set.of()),
            Map.entry(GeolocationInterface.class, Set.of()),
            Map.entry(VideoAppInterface.class, Set.of()),
            Map.entry(NavigationInterface.class, Set.of()),
            Map.entry(LaunchRequest.class, Set.of("requestId", "timestamp", "locale")),
            Map.entry(IntentRequest.class, Set.of("requestId", "timestamp", "locale", "dialogState", "intent")),
            Map.entry(SessionEndedRequest.class, Set.of("requestId", "timestamp", "locale", "reason", "error")),
            Map.entry(SessionEndedError.class, Set.of("type", "message")),
            Map.entry(Intent.class, Set.of("name", "slots", "confirmationStatus")),
            Map.entry(Slot.class, Set.of("name", "value", "confirmationStatus", "resolutions", "slotValue")),
            Map.entry(SimpleSlotValue.class, Set.of("value", "resolutions")),
            Map.entry(ListSlotValue.class, Set.of("values")),
            Map.entry(Resolutions.class, Set.of("resolutionsPerAuthority")),
            Map.entry(Resolution.class, Set.of("authority", "status", "values")),
            Map.entry(Status.class, Set.of("code")),
            Map.entry(ValueWrapper.class, Set.of("value")),
            Map.entry(Value.class, Set.of("name", "id")));

    /** Per SDK model class, the JSON properties whose presence hands the envelope to the SDK's reader. */
    static final Map<Class<?>, Set<String>> DECLINED = Map.of(
            Context.class, Set.of("Alexa.Presentation", "Alexa.Presentation.APL", "AudioPlayer", "Automotive", "Display",
                    "Geolocation", "Viewport", "Viewports", "Extensions", "Alexa.DataStore.PackageManager", "AppLink",
                    "Experimentation"),
            SupportedInterfaces.class, Set.of("AppLink", "Alexa.Presentation.APLT", "Alexa.Presentation.HTML"),
            LaunchRequest.class, Set.of("task"));

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
            declineAny(node, LaunchRequest.class);
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
        declineAny(node, Context.class);
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
                        .withPerson(present(system, "person") ? person(system.get("person")) : null)
                        .withUnit(present(system, "unit") ? unit(system.get("unit")) : null)
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
                .withSupportedInterfaces(present(node, "supportedInterfaces") ? interfaces(node.get("supportedInterfaces")) : null)
                .build();
    }

    private static SupportedInterfaces interfaces(JsonNode node) throws Declined {
        requireObject(node);
        declineAny(node, SupportedInterfaces.class);
        SupportedInterfaces.Builder interfaces = SupportedInterfaces.builder();
        if (present(node, "Alexa.Presentation.APL")) {
            JsonNode apl = node.get("Alexa.Presentation.APL");
            requireObject(apl);
            com.amazon.ask.model.interfaces.alexa.presentation.apl.Runtime runtime = null;
            if (present(apl, "runtime")) {
                requireObject(apl.get("runtime"));
                runtime = com.amazon.ask.model.interfaces.alexa.presentation.apl.Runtime.builder()
                        .withMaxVersion(text(apl.get("runtime"), "maxVersion")).build();
            }
            interfaces.withAlexaPresentationAPL(AlexaPresentationAplInterface.builder().withRuntime(runtime).build());
        }
        if (present(node, "Display")) {
            JsonNode display = node.get("Display");
            requireObject(display);
            interfaces.withDisplay(DisplayInterface.builder()
                    .withTemplateVersion(text(display, "templateVersion"))
                    .withMarkupVersion(text(display, "markupVersion"))
                    .build());
        }
        if (emptyInterface(node, "AudioPlayer")) {
            interfaces.withAudioPlayer(AudioPlayerInterface.builder().build());
        }
        if (emptyInterface(node, "Geolocation")) {
            interfaces.withGeolocation(GeolocationInterface.builder().build());
        }
        if (emptyInterface(node, "VideoApp")) {
            interfaces.withVideoApp(VideoAppInterface.builder().build());
        }
        if (emptyInterface(node, "Navigation")) {
            interfaces.withNavigation(NavigationInterface.builder().build());
        }
        return interfaces.build();
    }

    /** An interface the SDK models without properties: present means supported. */
    private static boolean emptyInterface(JsonNode node, String name) throws Declined {
        if (!present(node, name)) {
            return false;
        }
        requireObject(node.get(name));
        return true;
    }

    private static User user(JsonNode node) throws Declined {
        requireObject(node);
        return User.builder()
                .withUserId(text(node, "userId"))
                .withAccessToken(text(node, "accessToken"))
                .withPermissions(present(node, "permissions") ? permissions(node.get("permissions")) : null)
                .build();
    }

    private static Permissions permissions(JsonNode node) throws Declined {
        requireObject(node);
        Permissions.Builder permissions = Permissions.builder().withConsentToken(text(node, "consentToken"));
        if (present(node, "scopes")) {
            JsonNode scopes = node.get("scopes");
            requireObject(scopes);
            Map<String, Scope> read = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> scope : scopes.properties()) {
                JsonNode value = scope.getValue();
                if (value.isNull()) {
                    read.put(scope.getKey(), null);
                    continue;
                }
                requireObject(value);
                read.put(scope.getKey(), Scope.builder().withStatus(text(value, "status")).build());
            }
            permissions.withScopes(read);
        }
        return permissions.build();
    }

    private static Person person(JsonNode node) throws Declined {
        requireObject(node);
        return Person.builder().withPersonId(text(node, "personId")).withAccessToken(text(node, "accessToken")).build();
    }

    private static Unit unit(JsonNode node) throws Declined {
        requireObject(node);
        return Unit.builder().withUnitId(text(node, "unitId")).withPersistentUnitId(text(node, "persistentUnitId")).build();
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

    private static void declineAny(JsonNode node, Class<?> model) throws Declined {
        for (String field : DECLINED.get(model)) {
            if (present(node, field)) {
                throw Declined.INSTANCE;
            }
        }
    }
}
