package crampcoach.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crampcoach.content.ContentLibrary;
import crampcoach.content.LocaleContent;
import crampcoach.conversation.Coach;
import crampcoach.conversation.MedicalHelp;
import crampcoach.conversation.Reply;
import crampcoach.conversation.SessionState;
import crampcoach.guidance.Pace;
import crampcoach.guidance.Position;
import crampcoach.guidance.Routine;
import crampcoach.safety.Urgency;
import crampcoach.safety.Verdict;
import crampcoach.speech.Speech;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The APL document held to what an Echo Show accepts and to the data the skill sends it: only APL's
 * components and commands, every binding declared, every {@code payload.screen} field it reads sent.
 */
class ScreenDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> COMPONENTS = Set.of("Container", "Text", "Sequence", "Frame", "Image");
    private static final Set<String> COMMANDS = Set.of("Sequential", "Parallel", "Idle", "SetValue");
    private static final Set<String> VERSIONS = Set.of("1.8", "1.9", "2022.1", "2022.2", "2023.1", "2023.2", "2023.3");
    private static final Pattern PAYLOAD_FIELD = Pattern.compile("payload\\.screen\\.([A-Za-z]+)");
    private static final Pattern NAME = Pattern.compile("(?<![.\\w'#])([a-z][A-Za-z]*)(?![\\w(])");
    /** Names APL itself provides inside expressions. */
    private static final Set<String> BUILT_IN = Set.of("payload", "index", "data", "length", "elapsedTime");

    private static final LocaleContent US = new ContentLibrary().forLocale("en-US");

    private static JsonNode document() throws IOException {
        try (InputStream in = Screen.class.getResourceAsStream(Screen.DOCUMENT)) {
            return JSON.readTree(in);
        }
    }

    private static final Routine CALF = US.routines().find("CALF").orElseThrow();

    private static Coach coach() {
        return new Coach(US, SessionState.fresh(), Verdict.none());
    }

    @Test
    void isAnAplDocumentOfKnownComponentsAndCommands() throws IOException {
        JsonNode document = document();
        assertEquals("APL", document.path("type").asText());
        assertTrue(VERSIONS.contains(document.path("version").asText()), document.path("version").asText());
        assertEquals(List.of("payload"), JSON.convertValue(document.path("mainTemplate").path("parameters"), List.class));
        List<String> problems = new ArrayList<>();
        checkComponents(document.path("mainTemplate").path("items"), new HashSet<>(BUILT_IN), problems);
        assertEquals(List.of(), problems);
    }

    @Test
    void everyFieldTheDocumentReadsIsSentForEveryKindOfScreen() throws IOException {
        String text = document().toString();
        Set<String> read = new HashSet<>();
        Matcher fields = PAYLOAD_FIELD.matcher(text);
        while (fields.find()) {
            read.add(fields.group(1));
        }
        List<Map<String, Object>> screens = List.of(
                Screen.data(US, coach().step(CALF, Position.start(CALF, Pace.STEP_BY_STEP)), false, false).orElseThrow(),
                Screen.data(US, coach().whole(CALF), true, true).orElseThrow(),
                Screen.data(US, MedicalHelp.reply(US, new Verdict(Urgency.EMERGENCY, Optional.of("CHEST_PAIN"))), true, false)
                        .orElseThrow());
        for (Map<String, Object> screen : screens) {
            assertTrue(screen.keySet().containsAll(read), "sent " + screen.keySet() + ", read " + read);
        }
    }

    @Test
    void oneStepShowsItsWordsThenCountsDownItsHold() {
        Map<String, Object> screen = Screen.data(US, coach().step(CALF, Position.start(CALF, Pace.STEP_BY_STEP)), true, true)
                .orElseThrow();
        List<?> steps = (List<?>) screen.get("stepAt");
        List<?> counts = (List<?>) screen.get("countAt");
        assertEquals(CALF.step(0).instruction(), ((List<?>) screen.get("steps")).get(0));
        assertEquals(0, steps.get(0), "the intro comes first");
        assertEquals(1, steps.get(steps.size() - 1));
        assertTrue(counts.contains(30) && counts.contains(1), counts.toString());
        assertEquals(true, screen.get("night"));
    }

    @Test
    void theWholeRoutineShowsEachStepInTurn() {
        Map<String, Object> screen = Screen.data(US, coach().whole(CALF), false, false).orElseThrow();
        List<?> steps = (List<?>) screen.get("stepAt");
        List<Integer> shown = new ArrayList<>();
        steps.forEach(step -> {
            if (shown.isEmpty() || !shown.get(shown.size() - 1).equals(step)) {
                shown.add((Integer) step);
            }
        });
        List<Integer> inOrder = new ArrayList<>();
        for (int step = 0; step <= CALF.stepCount(); step++) {
            inOrder.add(step);
        }
        assertEquals(inOrder, shown);
        assertEquals(CALF.stepCount(), screen.get("stepCount"));
    }

    @Test
    void aReplyOutsideARoutineShowsNothingNew() {
        assertEquals(Optional.empty(), Screen.data(US, Reply.ask(Speech.EMPTY, "Where?", SessionState.fresh()), false, false));
    }

    private static void checkComponents(JsonNode items, Set<String> names, List<String> problems) {
        for (JsonNode item : items) {
            String type = item.path("type").asText();
            if (!COMPONENTS.contains(type)) {
                problems.add("unknown component " + type);
            }
            Set<String> scope = new HashSet<>(names);
            item.path("bind").forEach(bind -> scope.add(bind.path("name").asText()));
            checkExpressions(item, scope, problems);
            item.path("onMount").forEach(command -> checkCommand(command, scope, problems));
            item.path("handleTick").forEach(tick -> {
                checkExpressions(tick, scope, problems);
                tick.path("commands").forEach(command -> checkCommand(command, scope, problems));
            });
            checkComponents(item.path("items"), scope, problems);
        }
    }

    private static void checkCommand(JsonNode command, Set<String> scope, List<String> problems) {
        if (!COMMANDS.contains(command.path("type").asText())) {
            problems.add("unknown command " + command.path("type").asText());
        }
        if (command.path("type").asText().equals("SetValue") && !scope.contains(command.path("property").asText())) {
            problems.add("SetValue of an undeclared binding " + command.path("property").asText());
        }
        checkExpressions(command, scope, problems);
        command.path("commands").forEach(inner -> checkCommand(inner, scope, problems));
    }

    /** Every name an expression of this component uses (outside strings and property paths) is bound. */
    private static void checkExpressions(JsonNode component, Set<String> scope, List<String> problems) {
        component.properties().forEach(field -> {
            if (!field.getValue().isTextual()) {
                return;
            }
            Matcher expression = Pattern.compile("\\$\\{([^}]*)}").matcher(field.getValue().asText());
            while (expression.find()) {
                String code = expression.group(1).replaceAll("'[^']*'", "''");
                Matcher name = NAME.matcher(code);
                while (name.find()) {
                    if (!scope.contains(name.group(1))) {
                        problems.add(field.getKey() + ": unbound " + name.group(1) + " in ${" + expression.group(1) + "}");
                    }
                }
            }
        });
    }
}
