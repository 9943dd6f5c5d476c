package crampcoach.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import crampcoach.json.JsonTrees;
import crampcoach.safety.ContextCues;
import crampcoach.safety.LanguageCues;
import crampcoach.safety.NegationCues;
import crampcoach.safety.RedFlagCategory;
import crampcoach.safety.RedFlagDetector;
import crampcoach.safety.RedFlagLexicon;
import crampcoach.safety.RedFlagRule;
import crampcoach.safety.SafetyQuestion;
import crampcoach.safety.SecondOpinion;
import crampcoach.safety.SignQuestions;
import crampcoach.safety.Urgency;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads red-flags.json (the English base, with a locale's file laid over it) into the safety
 * module's immutable lexicon, and builds the detector from it. Keys starting with "_" are notes for
 * people (sources) and are skipped. A malformed file fails loudly at start-up: a skill that silently
 * lost a red-flag category would be worse than one that does not start.
 */
public final class RedFlagReader {

    private static final String FILE = "red-flags.json";

    public RedFlagReader() {
    }

    /** Reads and closes both streams; the detector consults {@code secondOpinion} when the rules are unsure. */
    public Result read(InputStream base, Optional<InputStream> overlay, SecondOpinion secondOpinion) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(overlay, "overlay");
        Objects.requireNonNull(secondOpinion, "secondOpinion");
        JsonNode merged = parse(base);
        if (overlay.isPresent()) {
            merged = JsonMerge.overlay(merged, parse(overlay.get()));
        }
        RedFlagLexicon lexicon = lexicon(merged);
        return new Result(lexicon, new RedFlagDetector(lexicon, secondOpinion));
    }

    /** The lexicon as read, and the detector built from it. */
    public record Result(RedFlagLexicon lexicon, RedFlagDetector detector) {

        public Result {
            Objects.requireNonNull(lexicon, "lexicon");
            Objects.requireNonNull(detector, "detector");
        }

        /** The spoken reason sentence per category id, in priority order. */
        public Map<String, String> reasons() {
            Map<String, String> reasons = new LinkedHashMap<>();
            for (RedFlagCategory category : lexicon.categories()) {
                reasons.put(category.id(), category.reason());
            }
            return reasons;
        }
    }

    private JsonNode parse(InputStream stream) {
        try (InputStream in = stream) {
            return JsonTrees.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(FILE + " is not valid JSON", e);
        }
    }

    private static RedFlagLexicon lexicon(JsonNode root) {
        JsonNode language = required(root, "language");
        JsonNode negation = required(language, "negation");
        JsonNode context = required(language, "context");
        LanguageCues cues = new LanguageCues(
                textMap(required(language, "contractedWords")),
                textMap(required(language, "contractedEndings")),
                new NegationCues(texts(negation, "before"), texts(negation, "after"), texts(negation, "answers"),
                        texts(negation, "linking"), texts(negation, "fillers"), texts(negation, "connectors"),
                        texts(negation, "determiners"), texts(negation, "stops")),
                new ContextCues(texts(context, "breakers"), texts(context, "history"), texts(context, "hypothetical"),
                        texts(context, "questionOpeners"), texts(context, "questionTopics"), texts(context, "requests"),
                        texts(context, "harmlessCauses"), texts(context, "causeLinks"), texts(context, "firstPerson"),
                        texts(context, "causeContinues"), texts(context, "doubts"), texts(context, "subjects"),
                        texts(context, "ongoing"), texts(context, "resolved"), texts(context, "unexplained"),
                        texts(context, "crampExplained"), texts(context, "crampCues"), texts(context, "worriedAskers"),
                        texts(context, "corrections"), texts(context, "changes")),
                texts(language, "neutralPhrases"));

        Map<String, List<String>> wordSets = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> set : fields(root.path("wordSets")).entrySet()) {
            wordSets.put(set.getKey(), strings(set.getValue(), "wordSets." + set.getKey()));
        }

        List<RedFlagCategory> categories = new ArrayList<>();
        for (Map.Entry<String, JsonNode> category : fields(required(root, "categories")).entrySet()) {
            categories.add(category(category.getKey(), category.getValue()));
        }
        List<SafetyQuestion> questions = new ArrayList<>();
        for (Map.Entry<String, JsonNode> question : fields(root.path("questions")).entrySet()) {
            questions.add(question(question.getKey(), question.getValue()));
        }
        Map<String, List<String>> concerns = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> concern : fields(root.path("concerns")).entrySet()) {
            concerns.put(concern.getKey(), strings(concern.getValue(), "concerns." + concern.getKey()));
        }
        return new RedFlagLexicon(cues, wordSets, categories, questions, concerns, signQuestions(root.path("signQuestion")));
    }

    /**
     * {"opening", "ask" (with {signs}), "between", "beforeLast", "pair", "reasons": {level: sentence},
     * "signs": {category id: {"yesLevel", "says"}}}; absent, the gate asks only its fixed questions.
     */
    private static Optional<SignQuestions> signQuestions(JsonNode node) {
        if (node.isMissingNode()) {
            return Optional.empty();
        }
        Map<Urgency, String> reasons = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> reason : fields(required(node, "reasons")).entrySet()) {
            reasons.put(level(new TextNode(reason.getKey()), "signQuestion.reasons"), reason.getValue().asText(""));
        }
        Map<String, SignQuestions.Sign> signs = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> sign : fields(required(node, "signs")).entrySet()) {
            String where = "signQuestion.signs." + sign.getKey();
            signs.put(sign.getKey(), new SignQuestions.Sign(level(sign.getValue().path("yesLevel"), where + ".yesLevel"),
                    sign.getValue().path("says").asText("")));
        }
        return Optional.of(new SignQuestions(node.path("opening").asText(""), node.path("ask").asText(""),
                node.path("between").asText(""), node.path("beforeLast").asText(""), node.path("pair").asText(""),
                reasons, signs));
    }

    /** A question is {"yesLevel": ..., "question": ..., "reason": ..., "categories": [ids]}. */
    private static SafetyQuestion question(String id, JsonNode node) {
        String where = "questions." + id;
        return new SafetyQuestion(id, level(node.path("yesLevel"), where + ".yesLevel"), node.path("question").asText(""),
                node.path("reason").asText(""), strings(required(node, "categories"), where + ".categories"));
    }

    private static Urgency level(JsonNode node, String where) {
        try {
            return Urgency.valueOf(node.asText(""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(FILE + ": " + where + " is not an urgency: " + node, e);
        }
    }

    private static RedFlagCategory category(String id, JsonNode node) {
        String reason = node.path("reason").asText("");
        List<RedFlagRule> rules = new ArrayList<>();
        JsonNode ruleNodes = node.path("rules");
        for (int i = 0; i < ruleNodes.size(); i++) {
            rules.add(rule(ruleNodes.get(i), "categories." + id + ".rules[" + i + "]"));
        }
        return new RedFlagCategory(id, reason, rules);
    }

    /** A rule is {"level": ..., "any": [phrases]} or {"level": ..., "all": [[phrases], ...]}. */
    private static RedFlagRule rule(JsonNode node, String where) {
        Urgency level = level(node.path("level"), where + ".level");
        if (node.has("any") == node.has("all")) {
            throw new IllegalArgumentException(FILE + ": " + where + " needs exactly one of 'any' and 'all'");
        }
        if (node.has("any")) {
            return RedFlagRule.anyOf(level, strings(node.get("any"), where + ".any"));
        }
        List<List<String>> groups = new ArrayList<>();
        JsonNode all = node.get("all");
        for (int i = 0; i < all.size(); i++) {
            groups.add(strings(all.get(i), where + ".all[" + i + "]"));
        }
        return new RedFlagRule(level, groups);
    }

    private static JsonNode required(JsonNode parent, String key) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException(FILE + ": '" + key + "' is missing");
        }
        return node;
    }

    private static List<String> texts(JsonNode parent, String key) {
        return strings(required(parent, key), key);
    }

    private static List<String> strings(JsonNode array, String where) {
        if (!array.isArray()) {
            throw new IllegalArgumentException(FILE + ": " + where + " must be an array of strings");
        }
        List<String> texts = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            if (!element.isTextual()) {
                throw new IllegalArgumentException(FILE + ": " + where + " holds a non-string: " + element);
            }
            texts.add(element.asText());
        }
        return texts;
    }

    private static Map<String, String> textMap(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : fields(object).entrySet()) {
            map.put(field.getKey(), field.getValue().asText());
        }
        return map;
    }

    /** The object's fields in file order, without the "_" comment keys. */
    private static Map<String, JsonNode> fields(JsonNode object) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (!field.getKey().startsWith("_")) {
                fields.put(field.getKey(), field.getValue());
            }
        }
        return fields;
    }
}
