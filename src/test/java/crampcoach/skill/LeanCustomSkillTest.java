package crampcoach.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.attributes.persistence.PersistenceAdapter;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.ApiClientRequest;
import com.amazon.ask.model.services.ApiClientResponse;
import com.amazon.ask.model.services.Pair;
import com.amazon.ask.request.impl.BaseSkillRequest;
import com.amazon.ask.response.ResponseBuilder;
import com.amazon.ask.response.template.TemplateFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import crampcoach.content.ContentLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * LeanCustomSkill held to the SDK's CustomSkill: the same builder options, the same request, the same
 * answer, the same calls on the persistence adapter, the API client and the template factory.
 */
class LeanCustomSkillTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";

    /** Everything the skill under test did to the outside world, in order. */
    private static final class Trace {
        final List<String> events = new ArrayList<>();
        final Map<String, Map<String, Object>> stored = new HashMap<>();
    }

    @Test
    void persistenceApiClientTemplateFactoryAndUserAgentWorkAsInCustomSkill() throws IOException {
        byte[] request = Files.readAllBytes(Path.of("src/test/resources/requests/launch.json"));

        Trace leanTrace = new Trace();
        Trace sdkTrace = new Trace();
        byte[] lean = new LeanCustomSkill(configure(new LeanCustomSkill.Builder(), leanTrace), new ContentLibrary())
                .execute(new BaseSkillRequest(request), null).getRawResponse();
        byte[] sdk = configure(new CustomSkillBuilder(), sdkTrace).build().execute(new BaseSkillRequest(request), null).getRawResponse();

        assertEquals(JSON.readTree(sdk), JSON.readTree(lean));
        assertEquals(sdkTrace.events, leanTrace.events);
        assertEquals(sdkTrace.stored, leanTrace.stored);
        // The reference itself did what the handler asked, so the comparison above compared something.
        assertEquals(List.of(
                "adapter.get amzn1.ask.account.TESTUSER",
                "api GET https://api.amazonalexa.com/v2/accounts/~current/settings/Profile.givenName Bearer test-token",
                "template welcome {name=Ann, visits=1}",
                "adapter.save amzn1.ask.account.TESTUSER {visits=1}"), sdkTrace.events);
    }

    @Test
    void aRequestForAnotherSkillIdIsRefusedAsCustomSkillRefusesIt() throws IOException {
        byte[] request = Files.readAllBytes(Path.of("src/test/resources/requests/launch.json"));
        LeanCustomSkill.Builder lean = configure(new LeanCustomSkill.Builder(), new Trace());
        lean.withSkillId("amzn1.ask.skill.another");
        CustomSkillBuilder sdk = configure(new CustomSkillBuilder(), new Trace());
        sdk.withSkillId("amzn1.ask.skill.another");

        assertNull(new LeanCustomSkill(lean, new ContentLibrary()).execute(new BaseSkillRequest(request), null));
        assertNull(sdk.build().execute(new BaseSkillRequest(request), null));
    }

    @Test
    void withoutPersistenceAdapterPersistentAttributesFailAsInCustomSkill() throws IOException {
        byte[] request = Files.readAllBytes(Path.of("src/test/resources/requests/launch.json"));
        RequestHandler reads = new RequestHandler() {
            @Override
            public boolean canHandle(HandlerInput input) {
                return true;
            }

            @Override
            public Optional<Response> handle(HandlerInput input) {
                try {
                    input.getAttributesManager().getPersistentAttributes();
                    return input.getResponseBuilder().withSpeech("read").build();
                } catch (IllegalStateException expected) {
                    return input.getResponseBuilder().withSpeech(expected.getClass().getSimpleName()).build();
                }
            }
        };
        LeanCustomSkill.Builder lean = new LeanCustomSkill.Builder();
        lean.addRequestHandler(reads).withSkillId(SKILL_ID);
        CustomSkillBuilder sdk = new CustomSkillBuilder();
        sdk.addRequestHandler(reads).withSkillId(SKILL_ID);

        byte[] leanAnswer = new LeanCustomSkill(lean, new ContentLibrary()).execute(new BaseSkillRequest(request), null).getRawResponse();
        byte[] sdkAnswer = sdk.build().execute(new BaseSkillRequest(request), null).getRawResponse();
        assertEquals(JSON.readTree(sdkAnswer).path("response"), JSON.readTree(leanAnswer).path("response"));
        assertTrue(new String(sdkAnswer, java.nio.charset.StandardCharsets.UTF_8).contains("IllegalStateException"));
    }

    @Test
    void anOptionTheSkillDoesNotKnowStopsItAtConstruction() {
        LeanCustomSkill.Builder configured = configure(new LeanCustomSkill.Builder(), new Trace());
        java.util.Set<String> withoutPersistence = new java.util.HashSet<>(LeanCustomSkill.Builder.SUPPORTED_OPTIONS);
        withoutPersistence.remove("getPersistenceAdapter");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> LeanCustomSkill.Builder.requireOnlySupported(withoutPersistence, configured.configuration()));
        assertTrue(refused.getMessage().contains("getPersistenceAdapter"), refused.getMessage());
        // Everything the SDK's configuration holds today is supported: the real skill builds.
        LeanCustomSkill.Builder.requireOnlySupportedOptions(configured.configuration());
    }

    private static <B extends CustomSkillBuilder> B configure(B builder, Trace trace) {
        PersistenceAdapter adapter = new PersistenceAdapter() {
            @Override
            public Optional<Map<String, Object>> getAttributes(RequestEnvelope envelope) {
                String id = envelope.getContext().getSystem().getUser().getUserId();
                trace.events.add("adapter.get " + id);
                return Optional.ofNullable(trace.stored.get(id));
            }

            @Override
            public void saveAttributes(RequestEnvelope envelope, Map<String, Object> attributes) {
                String id = envelope.getContext().getSystem().getUser().getUserId();
                trace.events.add("adapter.save " + id + " " + attributes);
                trace.stored.put(id, new HashMap<>(attributes));
            }

            @Override
            public void deleteAttributes(RequestEnvelope envelope) {
                trace.events.add("adapter.delete");
            }
        };
        ApiClient api = request -> {
            String auth = "";
            for (Pair<String, String> header : request.getHeaders()) {
                if (header.getName().equals("Authorization")) {
                    auth = header.getValue();
                }
            }
            trace.events.add("api " + request.getMethod() + " " + request.getUrl() + " " + auth);
            ApiClientResponse response = new ApiClientResponse();
            response.setStatusCode(200);
            response.setBody("\"Ann\"");
            response.setHeaders(List.of());
            return response;
        };
        TemplateFactory<HandlerInput, Response> templates = (name, data, input) -> {
            trace.events.add("template " + name + " " + new java.util.TreeMap<>(data));
            return new ResponseBuilder().withSpeech("Welcome back, " + data.get("name")).build().orElseThrow();
        };
        RequestHandler welcome = new RequestHandler() {
            @Override
            public boolean canHandle(HandlerInput input) {
                return true;
            }

            @Override
            public Optional<Response> handle(HandlerInput input) {
                Map<String, Object> stored = input.getAttributesManager().getPersistentAttributes();
                int visits = ((Number) stored.getOrDefault("visits", 0)).intValue() + 1;
                String name = input.getServiceClientFactory().getUpsService().getProfileGivenName();
                Map<String, Object> data = new HashMap<>();
                data.put("name", name);
                data.put("visits", visits);
                Optional<Response> response;
                try {
                    response = input.generateTemplateResponse("welcome", data);
                } catch (com.amazon.ask.exception.template.TemplateFactoryException e) {
                    throw new IllegalStateException(e);
                }
                input.getAttributesManager().setPersistentAttributes(Map.of("visits", visits));
                input.getAttributesManager().savePersistentAttributes();
                return response;
            }
        };
        builder.addRequestHandler(welcome)
                .withPersistenceAdapter(adapter)
                .withApiClient(api)
                .withTemplateFactory(templates)
                .withSkillId(SKILL_ID);
        return builder;
    }
}
