package crampcoach.conversation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntentNamesTest {

    @Test
    void every_intent_the_handlers_answer_is_in_the_model() throws Exception {
        JsonNode model = new ObjectMapper().readTree(Path.of("interactionModel", "en-US.json").toFile());
        Set<String> inModel = new HashSet<>();
        model.path("interactionModel").path("languageModel").path("intents").forEach(intent -> inModel.add(intent.path("name").asText()));
        for (Field field : IntentNames.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getName().endsWith("_SLOT")) {
                continue;
            }
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String intent = (String) field.get(null);
                assertTrue(inModel.contains(intent), intent + " is handled but not in the model");
            }
        }
    }
}
