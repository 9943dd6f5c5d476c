package crampcoach.skill;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.amazon.ask.request.SkillRequest;
import com.amazon.ask.response.SkillResponse;
import com.amazon.ask.response.impl.BaseSkillResponse;
import com.amazon.ask.util.impl.JacksonJsonMarshaller;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crampcoach.content.ContentLibrary;
import crampcoach.content.Messages;
import crampcoach.speech.SpeechBuilder;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps the SDK's skill so a request it cannot even read (malformed JSON, an envelope of the wrong
 * shape) still gets a calm spoken answer instead of a Lambda error, which Alexa would turn into "there
 * was a problem with the requested skill's response". A request for another skill id is still refused:
 * answering it would let any skill use this function.
 */
final class CalmSkill implements AlexaSkill<RequestEnvelope, ResponseEnvelope> {

    private static final Logger LOG = LoggerFactory.getLogger(CalmSkill.class);

    private final AlexaSkill<RequestEnvelope, ResponseEnvelope> skill;
    private final ContentLibrary library;
    private final Optional<String> skillId;
    private final ObjectMapper mapper;
    private final JacksonJsonMarshaller<ResponseEnvelope> marshaller = JacksonJsonMarshaller.forType(ResponseEnvelope.class);

    CalmSkill(AlexaSkill<RequestEnvelope, ResponseEnvelope> skill, ContentLibrary library,
            Optional<String> skillId, ObjectMapper mapper) {
        this.skill = skill;
        this.library = library;
        this.skillId = skillId;
        this.mapper = mapper;
    }

    @Override
    public SkillResponse<ResponseEnvelope> execute(SkillRequest request, Object context) {
        try {
            SkillResponse<ResponseEnvelope> response = skill.execute(request, context);
            if (response != null) {
                return response;
            }
            // The SDK answers nothing both for a request it cannot place and for another skill's request.
            if (namesAnotherSkill(request.getRawRequest())) {
                LOG.warn("refused a request for another skill id");
                return null;
            }
            LOG.warn("the request is not an Alexa custom-skill request; answering calmly");
        } catch (AskSdkException e) {
            LOG.warn("could not read the request: {}", e.getMessage());
        }
        return new BaseSkillResponse<>(marshaller, unreadable());
    }

    private boolean namesAnotherSkill(byte[] rawRequest) {
        if (skillId.isEmpty()) {
            return false;
        }
        try {
            JsonNode envelope = mapper.readTree(rawRequest);
            String named = envelope.path("context").path("System").path("application").path("applicationId")
                    .asText(envelope.path("session").path("application").path("applicationId").asText(""));
            return !named.isEmpty() && !named.equals(skillId.get());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private ResponseEnvelope unreadable() {
        // With no readable locale, the English base names no country's emergency number.
        Messages messages = library.forLocale(null).messages();
        String ssml = new SpeechBuilder().say(messages.text("error.unreadable")).build().document();
        return ResponseEnvelope.builder()
                .withVersion("1.0")
                .withResponse(Response.builder()
                        .withOutputSpeech(SsmlOutputSpeech.builder().withSsml(ssml).build())
                        .withShouldEndSession(true)
                        .build())
                .build();
    }
}
