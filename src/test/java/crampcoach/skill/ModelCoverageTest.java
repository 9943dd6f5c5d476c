package crampcoach.skill;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crampcoach.content.ContentLibrary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The interaction model and the code agree")
class ModelCoverageTest {

    private static List<String> intents(String locale) throws IOException {
        JsonNode model = new ObjectMapper().readTree(Path.of("interactionModel", locale + ".json").toFile());
        List<String> names = new ArrayList<>();
        model.path("interactionModel").path("languageModel").path("intents").forEach(intent -> names.add(intent.path("name").asText()));
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN"})
    @DisplayName("every intent in the model has a handler of its own")
    void every_model_intent_is_handled(String locale) throws IOException {
        String unhandled = new ContentLibrary().forLocale(locale).messages().text("unknownRequest");
        for (String intent : intents(locale)) {
            Heard heard = Dialog.inLocale(locale).oneShot(intent);
            assertFalse(heard.words().startsWith(unhandled), intent + " fell through to the unhandled-request handler");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN"})
    @DisplayName("every topic in the content is asked for by an intent in the model")
    void every_topic_is_in_the_model(String locale) throws IOException {
        List<String> intents = intents(locale);
        new ContentLibrary().forLocale(locale).topics().byId().values().stream().flatMap(topic -> topic.intent().stream())
                .forEach(intent -> assertTrue(intents.contains(intent), locale + " lacks " + intent));
    }
}
