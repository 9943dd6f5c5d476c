package crampcoach.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of an ASK CLI interaction model file that decide how an utterance becomes an intent:
 * invocation name, intents with their slots and samples, and custom slot types.
 */
record InteractionModel(String invocationName, List<Intent> intents, Map<String, SlotType> types) {

    InteractionModel {
        Objects.requireNonNull(invocationName, "invocationName");
        if (invocationName.isBlank()) {
            throw new IllegalArgumentException("the model has no invocation name");
        }
        intents = List.copyOf(intents);
        types = Map.copyOf(types);
    }

    record Intent(String name, List<Slot> slots, List<String> samples) {
        Intent {
            Objects.requireNonNull(name, "name");
            slots = List.copyOf(slots);
            samples = List.copyOf(samples);
        }

        Optional<Slot> slot(String slotName) {
            return slots.stream().filter(s -> s.name().equals(slotName)).findFirst();
        }
    }

    record Slot(String name, String type) {
        Slot {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }

        /** Alexa's own slot types accept any words; only custom types have a closed value list. */
        boolean isBuiltInType() {
            return type.startsWith("AMAZON.");
        }
    }

    record SlotType(String name, List<SlotValue> values) {
        SlotType {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }
    }

    record SlotValue(String id, String value, List<String> synonyms) {
        SlotValue {
            Objects.requireNonNull(value, "value");
            id = id == null ? "" : id;
            synonyms = List.copyOf(synonyms);
        }

        /** The canonical value first, then its synonyms: what a person may say for this value. */
        List<String> spokenForms() {
            List<String> forms = new ArrayList<>(synonyms.size() + 1);
            forms.add(value);
            forms.addAll(synonyms);
            return forms;
        }
    }

    Optional<Intent> intent(String name) {
        return intents.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    Optional<SlotType> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    static InteractionModel read(InputStream json, ObjectMapper mapper) throws IOException {
        JsonNode root = mapper.readTree(json);
        // The ASK CLI wraps the model in "interactionModel"; the console's JSON editor exports it bare.
        JsonNode model = root.path("interactionModel").path("languageModel");
        if (model.isMissingNode()) {
            model = root.path("languageModel");
        }
        if (model.isMissingNode()) {
            throw new IOException("not an interaction model: no interactionModel.languageModel");
        }
        List<Intent> intents = new ArrayList<>();
        for (JsonNode intent : model.path("intents")) {
            List<Slot> slots = new ArrayList<>();
            for (JsonNode slot : intent.path("slots")) {
                slots.add(new Slot(slot.path("name").asText(), slot.path("type").asText()));
            }
            intents.add(new Intent(intent.path("name").asText(), slots, texts(intent.path("samples"))));
        }
        Map<String, SlotType> types = new LinkedHashMap<>();
        for (JsonNode type : model.path("types")) {
            List<SlotValue> values = new ArrayList<>();
            for (JsonNode value : type.path("values")) {
                JsonNode name = value.path("name");
                values.add(new SlotValue(value.path("id").asText(null), name.path("value").asText(),
                        texts(name.path("synonyms"))));
            }
            String typeName = type.path("name").asText();
            types.put(typeName, new SlotType(typeName, values));
        }
        return new InteractionModel(model.path("invocationName").asText(""), intents, types);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
