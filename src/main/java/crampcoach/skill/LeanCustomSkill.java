package crampcoach.skill;

import com.amazon.ask.AlexaSkill;
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
 * <p>It does what the SDK's {@code CustomSkill} does for a skill without persistence or service
 * clients, with two differences. {@code CustomSkill}'s constructor builds the SDK's Jackson reader
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
    private final String userAgent = UserAgentUtils.getUserAgent(null);

    LeanCustomSkill(Builder configured, ContentLibrary library, Optional<String> skillId) {
        this.dispatcher = dispatcher(configured);
        this.library = library;
        this.skillId = skillId;
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
                .withRequestEnvelopeJson(read.get().getRequestJson())
                .withContext(context)
                .build();
        Optional<Response> response = dispatcher.dispatch(input);
        Session session = envelope.getSession();
        return new BaseSkillResponse<>(codec, ResponseEnvelope.builder()
                .withResponse(response.orElse(null))
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
    private static GenericRequestDispatcher<HandlerInput, Optional<Response>> dispatcher(Builder configured) {
        SkillConfiguration configuration = configured.configuration();
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
    }
}
