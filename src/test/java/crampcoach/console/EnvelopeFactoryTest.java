package crampcoach.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.util.JacksonSerializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crampcoach.console.MatchedIntent.SlotFill;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnvelopeFactoryTest {

    private static final String SKILL = "amzn1.ask.skill.test";
    private static final Clock NOON = Clock.fixed(Instant.parse("2025-01-02T03:04:05.678Z"), ZoneOffset.UTC);

    private final EnvelopeFactory factory = new EnvelopeFactory(
            new ConsoleIdentity(SKILL, "amzn1.ask.account.me", "amzn1.ask.device.echo"), "en-GB", NOON,
            () -> "amzn1.echo-api.request.one");
    private final ConsoleSession.Turn firstTurn =
            new ConsoleSession.Turn("amzn1.echo-api.session.s", true, Fixtures.MAPPER.createObjectNode());

    @Test
    void a_launch_request_carries_session_context_and_request_as_alexa_sends_them() {
        JsonNode envelope = factory.launchRequest(firstTurn);

        assertEquals("1.0", envelope.path("version").asText());
        assertTrue(envelope.at("/session/new").asBoolean());
        assertEquals("amzn1.echo-api.session.s", envelope.at("/session/sessionId").asText());
        assertEquals(SKILL, envelope.at("/session/application/applicationId").asText());
        assertTrue(envelope.at("/session/attributes").isObject());
        assertEquals("amzn1.ask.account.me", envelope.at("/session/user/userId").asText());
        assertEquals(SKILL, envelope.at("/context/System/application/applicationId").asText());
        assertEquals("amzn1.ask.device.echo", envelope.at("/context/System/device/deviceId").asText());
        assertTrue(envelope.at("/context/System/device/supportedInterfaces").isObject());
        assertEquals("https://api.amazonalexa.com", envelope.at("/context/System/apiEndpoint").asText());
        assertEquals("LaunchRequest", envelope.at("/request/type").asText());
        assertEquals("amzn1.echo-api.request.one", envelope.at("/request/requestId").asText());
        assertEquals("2025-01-02T03:04:05Z", envelope.at("/request/timestamp").asText());
        assertEquals("en-GB", envelope.at("/request/locale").asText());
    }

    @Test
    void the_sdk_reads_a_launch_request() {
        RequestEnvelope envelope = sdkRead(factory.launchRequest(firstTurn));

        assertTrue(envelope.getRequest() instanceof LaunchRequest);
        assertEquals(SKILL, envelope.getContext().getSystem().getApplication().getApplicationId());
    }

    @Test
    void a_spoken_custom_slot_resolves_and_an_unspoken_one_has_only_name_and_status() {
        MatchedIntent matched = Fixtures.matcher("en-US").match("help with my calf cramp").orElseThrow();

        JsonNode slots = factory.intentRequest(firstTurn, matched).at("/request/intent/slots");

        assertEquals("calf", slots.at("/muscle/value").asText());
        assertEquals("NONE", slots.at("/muscle/confirmationStatus").asText());
        JsonNode authority = slots.at("/muscle/resolutions/resolutionsPerAuthority/0");
        assertEquals("amzn1.er-authority.echo-sdk." + SKILL + ".MUSCLE", authority.path("authority").asText());
        assertEquals("ER_SUCCESS_MATCH", authority.at("/status/code").asText());
        assertEquals("calf", authority.at("/values/0/value/name").asText());
        assertEquals("CALF", authority.at("/values/0/value/id").asText());
        assertEquals(List.of("name", "confirmationStatus"), fieldNames(slots.path("symptom")));
    }

    @Test
    void a_value_outside_the_slot_type_is_sent_as_no_match_without_values() {
        MatchedIntent matched = new MatchedIntent("StretchIntent", List.of(
                new SlotFill("muscle", "MUSCLE", Optional.of("elbow"), Optional.empty())), Optional.empty());

        JsonNode authority = factory.intentRequest(firstTurn, matched)
                .at("/request/intent/slots/muscle/resolutions/resolutionsPerAuthority/0");

        assertEquals("ER_SUCCESS_NO_MATCH", authority.at("/status/code").asText());
        assertTrue(authority.path("values").isMissingNode());
    }

    @Test
    void the_sdk_reads_an_intent_request_with_its_resolutions() {
        MatchedIntent matched = Fixtures.matcher("en-US").match("my toes are curling").orElseThrow();

        IntentRequest request = (IntentRequest) sdkRead(factory.intentRequest(firstTurn, matched)).getRequest();

        Slot muscle = request.getIntent().getSlots().get("muscle");
        assertEquals("toes", muscle.getValue());
        var authority = muscle.getResolutions().getResolutionsPerAuthority().get(0);
        assertEquals(StatusCode.ER_SUCCESS_MATCH, authority.getStatus().getCode());
        assertEquals("FOOT", authority.getValues().get(0).getValue().getId());
        assertEquals(null, request.getIntent().getSlots().get("symptom").getValue());
    }

    @Test
    void an_intent_without_slots_has_no_slots_object() {
        MatchedIntent matched = Fixtures.matcher("en-US").match("next").orElseThrow();

        JsonNode intent = factory.intentRequest(firstTurn, matched).at("/request/intent");

        assertEquals("AMAZON.NextIntent", intent.path("name").asText());
        assertEquals("NONE", intent.path("confirmationStatus").asText());
        assertFalse(intent.has("slots"));
    }

    @Test
    void a_later_turn_carries_the_attributes_it_was_given() {
        ObjectNode attributes = Fixtures.MAPPER.createObjectNode().put("step", 2);
        var later = new ConsoleSession.Turn("amzn1.echo-api.session.s", false, attributes);

        JsonNode session = factory.launchRequest(later).path("session");

        assertFalse(session.path("new").asBoolean());
        assertEquals(2, session.at("/attributes/step").asInt());
    }

    private static RequestEnvelope sdkRead(JsonNode envelope) {
        return new JacksonSerializer().deserialize(envelope.toString(), RequestEnvelope.class);
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.properties().stream().map(java.util.Map.Entry::getKey).toList();
    }
}
