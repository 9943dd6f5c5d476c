package crampcoach.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rules the spoken content must keep, read straight from the resource files so that a broken file
 * fails here with its name rather than deep inside the loader. The loader's own behaviour is tested
 * separately; this test repeats its deep merge only to check each locale as a listener hears it.
 */
@DisplayName("Content rules")
final class ContentRulesTest {

    private static final Path CONTENT = Path.of("src", "main", "resources", "content");
    private static final List<String> LOCALES = List.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN");
    /** Locales whose listeners know the drug as paracetamol, not acetaminophen. */
    private static final Set<String> PARACETAMOL_LOCALES = Set.of("en-GB", "en-IN", "en-AU");

    private static final Set<String> MUSCLES =
            Set.of("CALF", "FRONT_THIGH", "BACK_THIGH", "FOOT", "HAND", "NECK", "LOWER_BACK");

    private static final Map<String, String> TOPIC_INTENTS = Map.ofEntries(
            Map.entry("WHAT_ELSE_HELPS", "WhatElseHelpsIntent"),
            Map.entry("MASSAGE", "MassageIntent"),
            Map.entry("HEAT_OR_COLD", "HeatOrColdIntent"),
            Map.entry("HYDRATION", "HydrationIntent"),
            Map.entry("FOODS", "FoodsIntent"),
            Map.entry("PAIN_RELIEF", "PainReliefIntent"),
            Map.entry("CREAMS", "CreamsIntent"),
            Map.entry("PREVENTION", "PreventionIntent"),
            Map.entry("PRESCRIPTION", "PrescriptionIntent"),
            Map.entry("MEDICINE_CAUSES", "MedicineCausesIntent"),
            Map.entry("PHYSICAL_THERAPY", "PhysicalTherapyIntent"),
            Map.entry("MULTIPLE_SCLEROSIS", "MultipleSclerosisIntent"),
            Map.entry("WHEN_TO_SEE_DOCTOR", "WhenToSeeDoctorIntent"));

    /** Topics no intent asks for: a named medicine reaches them by id. */
    private static final Set<String> ID_ONLY_TOPICS = Set.of("QUININE", "SUPPLEMENTS");

    /** The ids the MEDICINE slot is routed to; renaming one breaks that routing. */
    private static final Set<String> MEDICINE_TOPICS =
            Set.of("QUININE", "SUPPLEMENTS", "PAIN_RELIEF", "PRESCRIPTION", "MEDICINE_CAUSES");

    /** Routines that ask one safety question before they start, and what it must ask about. */
    private static final Map<String, List<String>> CHECKED_ROUTINES = Map.of(
            "NECK", List.of("fall", "accident", "head or neck"),
            "LOWER_BACK", List.of("fall", "accident", "bladder", "bowels"));

    /** Locales whose listeners would not know cyclobenzaprine: not used there, or not known to be. */
    private static final Set<String> NO_CYCLOBENZAPRINE_LOCALES = Set.of("en-GB", "en-AU", "en-IN");

    /**
     * Verbs that open an instruction. A listener in pain must hear one of these within the first dozen
     * words; "let's" is deliberately absent because "Let's ease that calf" is a greeting, not a step.
     */
    private static final Set<String> INSTRUCTION_VERBS = Set.of(
            "straighten", "pull", "lie", "sit", "open", "press", "bend", "hold", "tilt", "turn", "rub",
            "let", "bring", "stand", "ease", "hug", "go", "put", "keep", "take", "draw", "flex", "point",
            "spread", "roll");

    private static final Set<String> PLACEHOLDERS =
            Set.of("emergencyNumber", "urgentAdviceLine", "ambulanceNumber", "muscle", "seconds", "count", "days", "list",
                    "time", "signs");

    /** Placeholders filled per turn by the code, not from locale.json. */
    private static final Set<String> TURN_PLACEHOLDERS = Set.of("muscle", "seconds", "count", "days", "list", "time");

    /** Things the skill must never say, anywhere, including in comments that could be copied into speech. */
    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("\\bmg\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("milligram", Pattern.CASE_INSENSITIVE),
            Pattern.compile("tablets?\\s+a\\s+day", Pattern.CASE_INSENSITIVE),
            Pattern.compile("drink\\s+plenty", Pattern.CASE_INSENSITIVE));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    /** Remedies the skill names only to warn against them (FDA and MHRA on quinine for leg cramps). */
    private static final Pattern WARNED_AGAINST = Pattern.compile("quinine|tonic\\s+water", Pattern.CASE_INSENSITIVE);
    private static final Pattern WARNING = Pattern.compile("\\b(don't|do not|never|warn)", Pattern.CASE_INSENSITIVE);

    private final ObjectMapper json = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Test
    void every_file_under_content_is_valid_json() throws IOException {
        List<Path> files = contentFiles();
        assertFalse(files.isEmpty(), "no content files found under " + CONTENT.toAbsolutePath());
        for (Path file : files) {
            assertTrue(file.toString().endsWith(".json"), file + " is not a .json file");
            try {
                JsonNode root = json.readTree(file.toFile());
                assertTrue(root != null && root.isObject(), file + " must hold one JSON object");
            } catch (IOException e) {
                fail(file + " is not valid JSON: " + e.getMessage());
            }
        }
    }

    @Test
    void every_locale_folder_names_its_emergency_number_and_how_to_say_it() throws IOException {
        for (String folder : folders()) {
            JsonNode locale = read(folder, "locale.json");
            assertTrue(locale.isObject(), folder + "/locale.json is missing");
            assertTrue(locale.path("emergencyNumber").isTextual(), folder + ": emergencyNumber");
            assertFalse(locale.path("emergencyNumberSpoken").asText("").isBlank(), folder + ": emergencyNumberSpoken");
        }
        assertFalse(read("en", "locale.json").path("urgentAdviceLine").asText("").isBlank(), "en: urgentAdviceLine");
        assertEquals("", read("en", "locale.json").path("emergencyNumber").asText());
        assertEquals("your local emergency number", read("en", "locale.json").path("emergencyNumberSpoken").asText());
    }

    @Test
    void every_routine_is_short_timed_and_safe_in_every_locale() throws IOException {
        for (String locale : withBase()) {
            JsonNode routines = merged(locale, "routines.json").path("routines");
            assertEquals(MUSCLES, fieldNames(routines), locale + ": routine ids");
            for (String muscle : MUSCLES) {
                checkRoutine(locale + " " + muscle, routines.path(muscle));
            }
        }
    }

    private static void checkRoutine(String where, JsonNode routine) {
        assertFalse(routine.path("name").asText("").isBlank(), where + ": name");
        assertFalse(routine.path("safety").asText("").isBlank(), where + ": safety sentence");
        assertTrue(sentences(routine.path("safety").asText()) == 1, where + ": safety is one sentence");
        String intro = routine.path("intro").asText("");
        int introWords = words(intro).size();
        assertTrue(introWords == 0 || (introWords >= 3 && introWords <= 6), where + ": intro of 3 to 6 words");

        JsonNode steps = routine.path("steps");
        assertTrue(steps.isArray() && steps.size() >= 3 && steps.size() <= 6, where + ": 3 to 6 steps");
        int total = 0;
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            String say = step.path("say").asText("");
            assertFalse(say.isBlank(), where + " step " + (i + 1) + ": say");
            assertTrue(sentences(say) <= 2, where + " step " + (i + 1) + ": one or two sentences");
            assertTrue(words(say).size() <= 30, where + " step " + (i + 1) + ": at most 30 words");
            assertTrue(step.path("holdSeconds").isInt(), where + " step " + (i + 1) + ": holdSeconds is a number");
            int hold = step.path("holdSeconds").asInt();
            assertTrue(hold >= 0 && hold <= 60, where + " step " + (i + 1) + ": hold 0..60");
            assertFalse(step.path("_source").asText("").isBlank(), where + " step " + (i + 1) + ": _source");
            total += hold;
        }
        assertTrue(total >= 60 && total <= 180, where + ": holds total " + total + " s, expected 1 to 3 minutes");
        assertFalse(steps.get(0).path("deepensPrevious").asBoolean(false), where + ": the first step deepens nothing");
        assertEquals(0, steps.get(steps.size() - 1).path("holdSeconds").asInt(),
                where + ": the last step releases the muscle, no hold");
        assertFalse(routine.path("_source").asText("").isBlank(), where + ": _source");

        List<String> opening = words(intro + " " + steps.get(0).path("say").asText(""));
        boolean instructed = opening.stream().limit(12).anyMatch(INSTRUCTION_VERBS::contains);
        assertTrue(instructed, where + ": no instruction within the first 12 words: " + opening);
    }

    @Test
    void every_topic_has_its_intent_and_a_short_spoken_answer_in_every_locale() throws IOException {
        for (String locale : withBase()) {
            JsonNode topics = merged(locale, "topics.json").path("topics");
            Set<String> ids = new TreeSet<>(TOPIC_INTENTS.keySet());
            ids.addAll(ID_ONLY_TOPICS);
            assertEquals(ids, fieldNames(topics), locale + ": topic ids");
            assertTrue(ids.containsAll(MEDICINE_TOPICS), locale + ": the ids named medicines are routed to");
            for (String id : ids) {
                String where = locale + " " + id;
                JsonNode topic = topics.path(id);
                if (ID_ONLY_TOPICS.contains(id)) {
                    assertFalse(topic.has("intent"), where + ": reached by id only, no intent");
                } else {
                    assertEquals(TOPIC_INTENTS.get(id), topic.path("intent").asText(""), where + ": intent");
                }
                assertFalse(topic.path("_source").asText("").isBlank(), where + ": _source");
                String say = topic.path("say").asText("");
                int count = words(say).size();
                assertTrue(count >= 10 && count <= 80, where + ": " + count + " words, expected at most about 80");
                int sentences = sentences(say);
                assertTrue(sentences >= 2 && sentences <= 4, where + ": " + sentences + " sentences, expected 2 to 4");
            }
        }
    }

    @Test
    void no_spoken_text_holds_markup_characters_or_unknown_placeholders() throws IOException {
        for (Path file : contentFiles()) {
            eachString(json.readTree(file.toFile()), "", (key, text) -> {
                if (isComment(key)) {
                    return;
                }
                for (String bad : List.of("<", ">", "&")) {
                    assertFalse(text.contains(bad), file + " " + key + " contains " + bad);
                }
                Matcher m = PLACEHOLDER.matcher(text);
                while (m.find()) {
                    assertTrue(PLACEHOLDERS.contains(m.group(1)), file + " " + key + ": unknown placeholder " + m.group());
                }
            });
        }
    }

    @Test
    void no_text_anywhere_names_forbidden_remedies_doses_or_blanket_fluid_advice() throws IOException {
        for (Path file : contentFiles()) {
            eachString(json.readTree(file.toFile()), "", (key, text) -> {
                for (Pattern forbidden : FORBIDDEN) {
                    assertFalse(forbidden.matcher(text).find(),
                            file + " " + key + " matches forbidden " + forbidden.pattern() + ": " + text);
                }
            });
        }
    }

    @Test
    @DisplayName("quinine and tonic water are named only to warn against them")
    void quinine_and_tonic_water_are_named_only_in_warnings() throws IOException {
        for (Path file : contentFiles()) {
            eachString(json.readTree(file.toFile()), "", (key, text) -> {
                if (isComment(key)) {
                    return;
                }
                for (String sentence : text.split("(?<=[.!?])\\s+")) {
                    if (WARNED_AGAINST.matcher(sentence).find()) {
                        assertTrue(WARNING.matcher(sentence).find(), file + " " + key + " names it without a warning: " + sentence);
                    }
                }
            });
        }
        for (String locale : withBase()) {
            String say = merged(locale, "topics.json").path("topics").path("QUININE").path("say").asText();
            assertTrue(say.startsWith("Don't use quinine or tonic water for cramps"), locale + ": " + say);
            assertTrue(say.contains("serious side effects"), locale + ": " + say);
            assertTrue(say.contains("don't stop or change it"), locale + ": a prescribed medicine is never stopped on the skill's word");
        }
    }

    @Test
    @DisplayName("the prescription answer is no menu: stiffness, drowsiness, never stopped suddenly, never someone else's")
    void the_prescription_answer_warns_rather_than_offers() throws IOException {
        for (String locale : withBase()) {
            String say = merged(locale, "topics.json").path("topics").path("PRESCRIPTION").path("say").asText();
            for (String needed : List.of("No prescription medicine works well for most everyday cramps", "stiffness",
                    "drowsiness and falls", "never be stopped suddenly", "Never take anyone else's", "statin", "with your doctor")) {
                assertTrue(say.contains(needed), locale + " PRESCRIPTION lacks '" + needed + "': " + say);
            }
            assertFalse(say.contains("short-term"), locale + ": baclofen and tizanidine are not short-term medicines");
            boolean namesCyclobenzaprine = say.contains("cyclobenzaprine");
            assertEquals(!NO_CYCLOBENZAPRINE_LOCALES.contains(locale), namesCyclobenzaprine, locale + ": cyclobenzaprine per market");
        }
        for (String locale : NO_CYCLOBENZAPRINE_LOCALES) {
            for (String name : List.of("topics.json", "routines.json", "messages.json")) {
                eachString(merged(locale, name), "", (key, text) -> assertFalse(
                        !isComment(key) && text.toLowerCase(Locale.ROOT).contains("cyclobenzaprine"), locale + " " + key));
            }
        }
    }

    @Test
    @DisplayName("diuretics go by their local name: water pills, water tablets, fluid tablets")
    void diuretics_go_by_their_local_name() throws IOException {
        Map<String, String> localName = Map.of("en-US", "water pill", "en-CA", "water pill", "en-GB", "water tablet",
                "en-AU", "fluid tablet", "en-IN", "water pill");
        for (Map.Entry<String, String> market : localName.entrySet()) {
            JsonNode topics = merged(market.getKey(), "topics.json").path("topics");
            for (String id : List.of("MEDICINE_CAUSES", "PRESCRIPTION")) {
                assertTrue(topics.path(id).path("say").asText().contains(market.getValue()), market + " " + id);
            }
            eachString(topics, "", (key, text) -> {
                for (String other : List.of("water pill", "water tablet", "fluid tablet")) {
                    assertFalse(!isComment(key) && !other.equals(market.getValue()) && text.contains(other),
                            market.getKey() + " " + key + " says " + other);
                }
            });
        }
    }

    @Test
    @DisplayName("heat never goes on a new injury, and massage lasts a minute or two")
    void heat_cold_and_massage_follow_the_seed() throws IOException {
        for (String locale : withBase()) {
            JsonNode topics = merged(locale, "topics.json").path("topics");
            String heat = topics.path("HEAT_OR_COLD").path("say").asText();
            assertTrue(heat.contains("Don't put heat on a new injury"), locale + ": " + heat);
            assertTrue(topics.path("MASSAGE").path("say").asText().contains("a minute or two"), locale + " MASSAGE");
            assertTrue(topics.path("MASSAGE").path("say").asText().contains("swollen, hot or red"), locale + " MASSAGE");
        }
    }

    @Test
    @DisplayName("every routine flows: no 'relax' before 'a little closer', a real slower round, a massage of a minute")
    void every_routine_flows() throws IOException {
        Pattern deepening = Pattern.compile("a little (closer|more)|further|deeper|keep your toes", Pattern.CASE_INSENSITIVE);
        for (String locale : withBase()) {
            JsonNode routines = merged(locale, "routines.json").path("routines");
            for (String muscle : MUSCLES) {
                JsonNode steps = routines.path(muscle).path("steps");
                int total = 0;
                int slower = 0;
                for (int i = 0; i < steps.size(); i++) {
                    JsonNode step = steps.get(i);
                    String where = locale + " " + muscle + " step " + (i + 1);
                    String say = step.path("say").asText();
                    int hold = step.path("holdSeconds").asInt();
                    int slowerHold = step.path("slowerHoldSeconds").asInt(-1);
                    assertTrue(slowerHold >= hold && slowerHold <= 60, where + ": slowerHoldSeconds from the hold to 60");
                    total += hold;
                    slower += slowerHold;
                    assertEquals(deepening.matcher(say).find(), step.path("deepensPrevious").asBoolean(false),
                            where + ": a step that carries on the last stretch is marked deepensPrevious, and only such a step");
                    if (say.startsWith("Now rub")) {
                        assertTrue(hold >= 60, where + ": massage for a minute or two, as the seed says");
                        if (!muscle.equals("FOOT")) {
                            assertTrue(say.contains("swollen, hot or red"), where + ": never rub a swollen, hot or red leg");
                        }
                    }
                }
                assertTrue(slower >= total * 5 / 4, locale + " " + muscle + ": the slower round holds longer, " + slower + " s vs " + total + " s");
                assertTrue(slower <= 240, locale + " " + muscle + ": slower round holds " + slower + " s, expected at most 4 minutes");
            }
        }
    }

    @Test
    @DisplayName("the neck and lower-back routines ask one short question first, and only they do")
    void neck_and_back_routines_ask_first() throws IOException {
        for (String locale : withBase()) {
            JsonNode routines = merged(locale, "routines.json").path("routines");
            for (String muscle : MUSCLES) {
                JsonNode check = routines.path(muscle).path("check");
                String where = locale + " " + muscle;
                if (!CHECKED_ROUTINES.containsKey(muscle)) {
                    assertTrue(check.isMissingNode(), where + ": no question before this routine");
                    continue;
                }
                String question = check.path("question").asText("");
                assertTrue(question.endsWith("?") && sentences(question) == 1 && words(question).size() <= 22,
                        where + ": one short question: " + question);
                for (String topic : CHECKED_ROUTINES.get(muscle)) {
                    assertTrue(question.contains(topic), where + ": the question asks about " + topic);
                }
                assertEquals(1, sentences(check.path("reason").asText("")), where + ": one reason sentence");
                assertFalse(check.path("_source").asText("").isBlank(), where + ": _source");
            }
        }
    }

    @Test
    @DisplayName("each advisory line fits its category, with one time frame")
    void advisory_lines_fit_their_category() throws IOException {
        JsonNode categories = read("en", "red-flags.json").path("categories");
        JsonNode messages = read("en", "messages.json").path("messages");
        assertTrue(messages.has("advisory.default"), "a line for an advisory category without its own");
        for (Map.Entry<String, JsonNode> message : messages.properties()) {
            if (!message.getKey().startsWith("advisory.") || message.getKey().equals("advisory.default")) {
                continue;
            }
            String category = message.getKey().substring("advisory.".length());
            assertTrue(categories.has(category), message.getKey() + " names no red-flag category");
            assertTrue(messages.has("_source." + message.getKey()), message.getKey() + ": _source");
            String text = message.getValue().asText();
            assertFalse(text.contains("today") && text.contains("next appointment"), message.getKey() + ": two time frames");
            assertFalse(text.toLowerCase(Locale.ROOT).contains("how often") && !category.equals("FREQUENT_CRAMPS"),
                    message.getKey() + ": 'how often' fits only frequent cramps");
        }
        for (String gone : List.of("advisory.afterRoutine", "advisory.mention")) {
            assertFalse(messages.has(gone), gone + " said the same thing for every category");
        }
    }

    @Test
    @DisplayName("market details: 108 beside 112, NHS 111 or the GP out-of-hours service, Health811")
    void market_details_are_current() throws IOException {
        String india = merged("en-IN", "messages.json").path("messages").path("redFlag.emergency").asText();
        assertTrue(india.contains("{emergencyNumber}") && india.contains("{ambulanceNumber} for an ambulance"), india);
        JsonNode indiaLocale = read("en-IN", "locale.json");
        assertEquals("108", indiaLocale.path("ambulanceNumber").asText());
        assertEquals("one zero eight", indiaLocale.path("ambulanceNumberSpoken").asText());
        String uk = read("en-GB", "locale.json").path("urgentAdviceLineSpoken").asText();
        assertTrue(uk.contains("NHS one one one") && uk.contains("Northern Ireland") && uk.contains("GP out of hours"), uk);
        JsonNode canada = read("en-CA", "locale.json");
        assertTrue(canada.path("_note").asText().contains("Health811") && canada.path("_source").asText().contains("health811"),
                "en-CA names Ontario's Health811");
    }

    @Test
    @DisplayName("every number in locale.json has a spoken twin in words, and every placeholder is defined")
    void numbers_are_spoken_in_words_and_placeholders_are_defined() throws IOException {
        for (String locale : withBase()) {
            JsonNode values = merged(locale, "locale.json");
            for (Map.Entry<String, JsonNode> value : values.properties()) {
                String key = value.getKey();
                if (isComment(key) || !value.getValue().isTextual()) {
                    continue;
                }
                if (key.endsWith("Spoken")) {
                    assertFalse(value.getValue().asText().matches(".*\\d.*"), locale + " " + key + " holds digits");
                } else if (value.getValue().asText().matches(".*\\d.*")) {
                    assertTrue(values.has(key + "Spoken"), locale + " " + key + " holds digits but has no spoken twin");
                }
            }
            for (String name : List.of("topics.json", "routines.json", "messages.json")) {
                eachString(merged(locale, name), "", (key, text) -> {
                    Matcher m = PLACEHOLDER.matcher(isComment(key) ? "" : text);
                    while (m.find()) {
                        String placeholder = m.group(1);
                        assertTrue(TURN_PLACEHOLDERS.contains(placeholder) || values.has(placeholder)
                                || values.has(placeholder + "Spoken"), locale + " " + key + " uses undefined " + m.group());
                    }
                });
            }
        }
    }

    @Test
    void hydration_advice_respects_fluid_limits_set_by_a_doctor() throws IOException {
        for (String locale : withBase()) {
            String say = merged(locale, "topics.json").path("topics").path("HYDRATION").path("say").asText();
            assertTrue(say.toLowerCase(Locale.ROOT).contains("limit fluids"), locale + ": hydration caveat");
        }
    }

    @Test
    void paracetamol_locales_never_say_acetaminophen() throws IOException {
        for (String locale : PARACETAMOL_LOCALES) {
            for (String name : List.of("topics.json", "routines.json")) {
                eachString(merged(locale, name), "", (key, text) -> {
                    if (isComment(key)) {
                        return;
                    }
                    String lower = text.toLowerCase(Locale.ROOT);
                    assertFalse(lower.contains("acetaminophen"), locale + " " + key + " says acetaminophen");
                    if (lower.contains("ibuprofen") || lower.contains("pain reliever")) {
                        assertTrue(lower.contains("paracetamol"), locale + " " + key + " names pain relievers without paracetamol");
                    }
                });
            }
        }
        String us = merged("en-US", "topics.json").path("topics").path("PAIN_RELIEF").path("say").asText();
        assertTrue(us.contains("acetaminophen"), "en-US keeps acetaminophen");
    }

    @Test
    void locale_overrides_only_replace_keys_that_exist_in_the_base() throws IOException {
        for (String locale : LOCALES) {
            for (String name : List.of("topics.json", "routines.json", "messages.json")) {
                JsonNode override = read(locale, name);
                if (override.isObject()) {
                    assertKeysExist(locale + "/" + name, read("en", name), override);
                }
            }
        }
    }

    private static void assertKeysExist(String where, JsonNode base, JsonNode override) {
        for (Map.Entry<String, JsonNode> entry : override.properties()) {
            if (isComment(entry.getKey())) {
                continue;
            }
            assertTrue(base.has(entry.getKey()), where + ": key " + entry.getKey() + " is not in en/");
            if (entry.getValue().isObject()) {
                assertKeysExist(where + "." + entry.getKey(), base.get(entry.getKey()), entry.getValue());
            }
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static List<Path> contentFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(CONTENT)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static List<String> folders() throws IOException {
        try (Stream<Path> list = Files.list(CONTENT)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> withBase() {
        List<String> all = new ArrayList<>();
        all.add("en");
        all.addAll(LOCALES);
        return all;
    }

    /** The file, or a missing node when the folder has no such file. */
    private JsonNode read(String folder, String name) throws IOException {
        Path file = CONTENT.resolve(folder).resolve(name);
        return Files.isRegularFile(file) ? json.readTree(file.toFile()) : json.missingNode();
    }

    /** en/ with the locale's file laid over it: objects merge key by key, anything else replaces. */
    private JsonNode merged(String locale, String name) throws IOException {
        JsonNode base = read("en", name).deepCopy();
        if (locale.equals("en")) {
            return base;
        }
        JsonNode override = read(locale, name);
        return override.isObject() ? merge((ObjectNode) base, override) : base;
    }

    private static ObjectNode merge(ObjectNode base, JsonNode override) {
        for (Map.Entry<String, JsonNode> entry : override.properties()) {
            JsonNode existing = base.get(entry.getKey());
            if (existing != null && existing.isObject() && entry.getValue().isObject()) {
                merge((ObjectNode) existing, entry.getValue());
            } else {
                base.set(entry.getKey(), entry.getValue().deepCopy());
            }
        }
        return base;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(name -> {
            if (!isComment(name)) {
                names.add(name);
            }
        });
        return names;
    }

    private static boolean isComment(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        return last.startsWith("_");
    }

    /** Calls back with each string value and its dotted key path (array items keep the parent's key). */
    private static void eachString(JsonNode node, String path, BiConsumer<String, String> visit) {
        if (node.isTextual()) {
            visit.accept(path, node.asText());
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                eachString(entry.getValue(), path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), visit);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                eachString(item, path, visit);
            }
        }
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.trim().split("\\s+"))
                .map(w -> w.toLowerCase(Locale.ROOT).replaceAll("[^a-z'{}]", ""))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    private static int sentences(String text) {
        return (int) Arrays.stream(text.split("[.!?]+"))
                .filter(s -> !s.replaceAll("\\{[^}]*}", "").isBlank())
                .count();
    }
}
