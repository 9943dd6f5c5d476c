package crampcoach.skill;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.attributes.persistence.PersistenceAdapter;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.DefaultApiConfiguration;
import com.amazon.ask.model.services.Serializer;
import com.amazon.ask.model.services.ServiceClientFactory;
import com.amazon.ask.response.template.TemplateFactory;
import com.amazon.ask.util.JacksonSerializer;
import com.fasterxml.jackson.databind.JsonNode;
import crampcoach.json.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Set;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.builder.SkillConfiguration;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.Session;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.amazon.ask.request.SkillRequest;
import com.amazon.ask.request.UnmarshalledRequest;
import com.amazon.ask.request.dispatcher.GenericRequestDispatcher;
import com.amazon.ask.request.dispatcher.impl.BaseRequestDispatcher;
import com.amazon.ask.response.SkillResponse;
import com.amazon.ask.response.impl.BaseSkillResponse;
import com.amazon.ask.util.UserAgentUtils;
import com.fasterxml.jackson.databind.JsonNode;
import crampcoach.content.ContentLibrary;
import crampcoach.content.Messages;
import crampcoach.envelope.EnvelopeCodec;
import crampcoach.json.JsonTrees;
import crampcoach.speech.SpeechBuilder;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cramp Coach as the SDK's stream handler calls it: reads the envelope, checks the skill id, runs the
 * SDK's dispatcher (interceptors, handlers in order, the exception handler) and writes the answer.
 *
 * <p>It does what the SDK's {@code CustomSkill} does with every option of the SDK's builder (handlers,
 * interceptors, exception handlers, persistence adapter, API client, template factory, skill id,
 * custom user agent; {@code LeanCustomSkillTest} holds it to {@code CustomSkill} for each), with two
 * differences. {@code CustomSkill}'s constructor builds the SDK's Jackson reader
 * and writer, the largest part of a cold start; this class uses {@link EnvelopeCodec}, which builds
 * them only for a request or response off its fast path. And a request it cannot read (malformed
 * JSON, an envelope of the wrong shape) gets a calm spoken answer instead of a Lambda error, which
 * Alexa would turn into "there was a problem with the requested skill's response". A request for
 * another skill id is still refused: answering it would let any skill use this function.
 */
final class LeanCustomSkill implements AlexaSkill<RequestEnvelope, ResponseEnvelope> {

    private static final Logger LOG = LoggerFactory.getLogger(LeanCustomSkill.class);
    private static final String VERSION = "1.0";
    private static final Set<String> SPEAKING_TYPES = Set.of("LaunchRequest", "IntentRequest");

    private final GenericRequestDispatcher<HandlerInput, Optional<Response>> dispatcher;
    private final EnvelopeCodec codec = new EnvelopeCodec();
    private final ContentLibrary library;
    private final Optional<String> skillId;
    private final String userAgent;
    private final PersistenceAdapter persistenceAdapter;
    private final Optional<ApiClient> apiClient;
    private final TemplateFactory<HandlerInput, Response> templateFactory;
    /** What CustomSkill gives service clients (its JacksonSerializer), built on the first service call. */
    private final Serializer serializer = new LazySerializer();

    /**
     * @throws IllegalArgumentException when the builder carries an option this class does not
     *     support, so that nothing configured is ever silently ignored
     */
    LeanCustomSkill(Builder configured, ContentLibrary library) {
        SkillConfiguration configuration = configured.configuration();
        Builder.requireOnlySupportedOptions(configuration);
        this.dispatcher = dispatcher(configuration);
        this.library = library;
        this.skillId = Optional.ofNullable(configuration.getSkillId());
        this.userAgent = UserAgentUtils.getUserAgent(configuration.getCustomUserAgent());
        this.persistenceAdapter = configuration.getPersistenceAdapter();
        this.apiClient = Optional.ofNullable(configuration.getApiClient());
        this.templateFactory = configuration.getTemplateFactory();
    }

    @Override
    public SkillResponse<ResponseEnvelope> execute(SkillRequest request, Object context) {
        Optional<UnmarshalledRequest<RequestEnvelope>> read;
        try {
            read = codec.unmarshall(request.getRawRequest());
        } catch (AskSdkException e) {
            LOG.warn("could not read the request: {}", e.getMessage());
            return new BaseSkillResponse<>(codec, unreadable(request.getRawRequest()));
        }
        if (read.isEmpty() || read.get().getUnmarshalledRequest().getRequest() == null) {
            LOG.warn("the request is not an Alexa custom-skill request; answering calmly");
            return new BaseSkillResponse<>(codec, unreadable(request.getRawRequest()));
        }
        RequestEnvelope envelope = read.get().getUnmarshalledRequest();
        if (!forThisSkill(envelope)) {
            LOG.warn("refused a request for another skill id");
            return null;
        }
        HandlerInput input = HandlerInput.builder()
                .withRequestEnvelope(envelope)
                .withPersistenceAdapter(persistenceAdapter)
                .withContext(context)
                .withRequestEnvelopeJson(read.get().getRequestJson())
                .withServiceClientFactory(apiClient.map(client -> serviceClients(client, envelope)).orElse(null))
                .withTemplateFactory(templateFactory)
                .build();
        Optional<Response> response = dispatcher.dispatch(input);
        Session session = envelope.getSession();
        return new BaseSkillResponse<>(codec, ResponseEnvelope.builder()
                .withResponse(response == null ? null : response.orElse(null))
                .withSessionAttributes(session == null ? null : input.getAttributesManager().getSessionAttributes())
                .withVersion(VERSION)
                .withUserAgent(userAgent)
                .build());
    }

    /**
     * Alexa names the skill in the context and, for requests in a session, in the session too; a
     * deployed function checks the context's, as the SDK does, and refuses a request that names none.
     */
    private boolean forThisSkill(RequestEnvelope envelope) {
        if (skillId.isEmpty()) {
            return true;
        }
        Context context = envelope.getContext();
        String named = context == null || context.getSystem() == null || context.getSystem().getApplication() == null
                ? null
                : context.getSystem().getApplication().getApplicationId();
        return skillId.get().equals(named);
    }

    /** As CustomSkill builds it: the request's API endpoint and token, the configured client. */
    private ServiceClientFactory serviceClients(ApiClient client, RequestEnvelope envelope) {
        SystemState system = envelope.getContext() == null ? null : envelope.getContext().getSystem();
        return ServiceClientFactory.builder()
                .withDefaultApiConfiguration(DefaultApiConfiguration.builder()
                        .withApiClient(client)
                        .withApiEndpoint(system == null ? null : system.getApiEndpoint())
                        .withAuthorizationValue(system == null ? null : system.getApiAccessToken())
                        .withSerializer(serializer)
                        .build())
                .build();
    }

    private ResponseEnvelope unreadable(byte[] raw) {
        if (!maySpeak(raw)) {
            return ResponseEnvelope.builder().withVersion(VERSION).withResponse(Response.builder().build())
                    .withUserAgent(userAgent).build();
        }
        // With no readable locale, the English base names no country's emergency number.
        Messages messages = library.forLocale(null).messages();
        String ssml = new SpeechBuilder().say(messages.text("error.unreadable")).build().document();
        return ResponseEnvelope.builder()
                .withVersion(VERSION)
                .withResponse(Response.builder()
                        .withOutputSpeech(SsmlOutputSpeech.builder().withSsml(ssml).build())
                        .withShouldEndSession(true)
                        .build())
                .withUserAgent(userAgent)
                .build();
    }

    /**
     * Whether a request this skill could not read may still be answered with speech: not when it names
     * a type that allows none (an event, a can-fulfil question, a session end). Bytes that are not JSON,
     * or name no type, get the calm answer: a person may be waiting.
     */
    private static boolean maySpeak(byte[] raw) {
        try {
            JsonNode type = JsonTrees.read(raw).path("request").path("type");
            return !type.isTextual() || SPEAKING_TYPES.contains(type.asText());
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /** The dispatcher CustomSkill would build from the same builder: handlers, interceptors, exception handlers. */
    private static GenericRequestDispatcher<HandlerInput, Optional<Response>> dispatcher(SkillConfiguration configuration) {
        return BaseRequestDispatcher.<HandlerInput, Optional<Response>>builder()
                .withRequestMappers(configuration.getRequestMappers())
                .withHandlerAdapters(configuration.getHandlerAdapters())
                .withExceptionMapper(configuration.getExceptionMapper())
                .withRequestInterceptors(configuration.getRequestInterceptors())
                .withResponseInterceptors(configuration.getResponseInterceptors())
                .build();
    }

    /** The SDK's builder, whose configuration only a subclass may read. */
    static final class Builder extends CustomSkillBuilder {

        SkillConfiguration configuration() {
            return getConfigBuilder().build();
        }

        /**
         * Every option SkillConfiguration holds, as of ask-sdk-core 2.86, is honoured above. A later
         * SDK's configuration may hold more: its getters are compared with this list, and a non-null
         * value behind any getter not listed stops the skill at construction instead of being dropped.
         */
        static final Set<String> SUPPORTED_OPTIONS = Set.of(
                "getRequestMappers", "getHandlerAdapters", "getRequestInterceptors", "getResponseInterceptors",
                "getExceptionMapper", "getPersistenceAdapter", "getApiClient", "getTemplateFactory",
                "getSkillId", "getCustomUserAgent");

        static void requireOnlySupportedOptions(SkillConfiguration configuration) {
            requireOnlySupported(SUPPORTED_OPTIONS, configuration);
        }

        /** Fails when a getter of {@code configuration} outside {@code supported} holds a value. */
        static void requireOnlySupported(Set<String> supported, SkillConfiguration configuration) {
            for (Method getter : SkillConfiguration.class.getMethods()) {
                if (!getter.getName().startsWith("get") || getter.getParameterCount() != 0
                        || getter.getDeclaringClass() == Object.class || supported.contains(getter.getName())) {
                    continue;
                }
                Object value;
                try {
                    value = getter.invoke(configuration);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read the SDK option " + getter.getName(), e);
                }
                if (value != null && !(value instanceof Collection<?> c && c.isEmpty())) {
                    throw new IllegalArgumentException("LeanCustomSkill does not support the SDK option "
                            + getter.getName() + "; use CustomSkill or add support for it");
                }
            }
        }
    }

    /** The SDK's JacksonSerializer, as CustomSkill gives service clients, but built on first use. */
    private static final class LazySerializer implements Serializer {

        private Serializer delegate() {
            return Holder.SERIALIZER;
        }

        @Override
        public <T> String serialize(T object) {
            return delegate().serialize(object);
        }

        @Override
        public <T> void serialize(T object, OutputStream out) {
            delegate().serialize(object, out);
        }

        /**
         * A JSON string (the Settings API's time zone, a profile's given name) is read with the
         * streaming parser, as Jackson would read it: building the SDK's serializer costs a cold
         * start several hundred milliseconds of CPU, more than the whole call is allowed to take.
         */
        @Override
        public <T> T deserialize(String text, Class<T> type) {
            if (type == String.class && text != null) {
                try {
                    JsonNode node = JsonTrees.read(text.getBytes(StandardCharsets.UTF_8));
                    if (node.isTextual()) {
                        return type.cast(node.asText());
                    }
                } catch (IOException e) {
                    // Not JSON: the SDK's serializer reports it in its own way.
                }
            }
            return delegate().deserialize(text, type);
        }

        @Override
        public <T> T deserialize(InputStream in, Class<T> type) {
            return delegate().deserialize(in, type);
        }

        /** Initialised by the JVM on the first service call only: an ObjectMapper is costly to build. */
        private static final class Holder {
            static final Serializer SERIALIZER = new JacksonSerializer();
        }
    }
}
