package crampcoach.skill;

import static crampcoach.skill.Dialog.slot;
import static crampcoach.skill.Dialog.unmatched;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crampcoach.diary.Dynalite;
import crampcoach.diary.StoreSettings;
import crampcoach.lambda.CrampCoachStreamHandler;
import crampcoach.lambda.SnapStartPriming;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The skill as deployed, its diary in DynamoDB (dynalite on loopback), and the store failing. */
@DisplayName("The cramp diary on a real DynamoDB engine")
@ExtendWith(Dynalite.class)
class DiaryStoreDialogTest {

    private static final String USER = "amzn1.ask.account.TESTUSER";

    private String table;

    @BeforeEach
    void freshTable() {
        table = Dynalite.newTable();
    }

    private static Dialog dialog(Map<String, String> environment) {
        return Dialog.withHandler(new CrampCoachStreamHandler(environment), "en-US");
    }

    private List<Map<String, AttributeValue>> scan() {
        try (DynamoDbClient client = Dynalite.client()) {
            return client.scan(request -> request.tableName(table)).items();
        }
    }

    @Test
    void aNightOfTalkStoresTheDateAndMuscleAndNoWordOfWhatWasSaid() {
        Dialog alexa = dialog(Dynalite.environment(table));
        alexa.oneShot("StretchIntent", slot("muscle", "calf", "CALF"), unmatched("symptom", "it keeps twitching and aching"));
        alexa.say("AMAZON.NoIntent"); // twitching that keeps going gets the one safety question first
        alexa.oneShot("LogCrampIntent", unmatched("muscle", "the arch thing near my toes"));
        alexa.oneShot("ReportSymptomIntent", unmatched("symptom", "my heart is racing and my chest hurts"));
        alexa.oneShot("LogCrampIntent", slot("muscle", "foot", "FOOT"));
        alexa.oneShot("StepByStepIntent", slot("muscle", "hand", "HAND"));
        Heard week = alexa.oneShot("DiaryCountIntent", slot("period", "this week", "WEEK"));

        assertTrue(week.words().startsWith("In the last seven days you've noted 4 cramps"), week.words());
        List<Map<String, AttributeValue>> items = scan();
        assertEquals(1, items.size());
        Map<String, AttributeValue> item = items.get(0);
        assertEquals(List.of("attributes", "id", "version"), new ArrayList<>(new java.util.TreeSet<>(item.keySet())));
        assertEquals(USER, item.get("id").s());
        assertEquals(List.of("crampDiary"), new ArrayList<>(item.get("attributes").m().keySet()));
        Pattern date = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        Pattern counts = Pattern.compile("[A-Z_]+=\\d+(,[A-Z_]+=\\d+)*");
        Map<String, AttributeValue> days = item.get("attributes").m().get("crampDiary").m();
        assertFalse(days.isEmpty());
        for (Map.Entry<String, AttributeValue> day : days.entrySet()) {
            assertTrue(date.matcher(day.getKey()).matches(), day.toString());
            assertTrue(counts.matcher(day.getValue().s()).matches(), day.toString());
        }
        String everything = items.toString().toLowerCase(java.util.Locale.ROOT);
        for (String said : List.of("twitch", "aching", "arch", "toes", "heart", "racing", "chest", "hurts")) {
            assertFalse(everything.contains(said), "stored: " + said);
        }
    }

    @Test
    void aStoreThatIsDownCostsNothingButTheNoteAndTheLogNamesNoOne() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Map<String, String> down = Map.of(StoreSettings.TABLE_NAME, table, StoreSettings.ENDPOINT, "http://127.0.0.1:" + closed);

        String log = logOf(() -> {
            Heard stretch = dialog(down).oneShot("StretchIntent", slot("muscle", "calf", "CALF"));
            Heard reference = Dialog.inLocale("en-US").oneShot("StretchIntent", slot("muscle", "calf", "CALF"));
            assertEquals(reference.ssml(), stretch.ssml(), "the stretch is spoken as usual");
            return null;
        });

        assertTrue(log.contains("WARN") && log.contains("cramp diary write failed"), log);
        assertFalse(log.contains(USER) || log.contains("TESTUSER"), log);
    }

    @Test
    void aStoreThatNeverAnswersCostsNothingButTheNote() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread acceptor = new Thread(() -> {
                while (!silent.isClosed()) {
                    try {
                        held.add(silent.accept());
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Map<String, String> slow = Map.of(StoreSettings.TABLE_NAME, table, StoreSettings.ENDPOINT,
                    "http://127.0.0.1:" + silent.getLocalPort());

            Heard logged = dialog(slow).oneShot("LogCrampIntent", slot("muscle", "calf", "CALF"));
            Heard stretch = dialog(slow).oneShot("StretchIntent", slot("muscle", "calf", "CALF"));

            assertTrue(logged.words().startsWith("I can't reach your cramp diary just now"), logged.words());
            assertTrue(stretch.words().contains("Has it eased?"), stretch.words());
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void snapStartPrimingWarmsTheStoreAndWritesNothing() {
        // The canned requests' user, with a diary: priming's stretch would add to it, its skill-disabled event delete it.
        Map<String, AttributeValue> before = Map.of(
                "id", AttributeValue.fromS("amzn1.ask.account.BENCHUSER0000000000000000000000000000000000000000000000000000"),
                "attributes", AttributeValue.fromM(Map.of("crampDiary", AttributeValue.fromM(Map.of(
                        "2026-11-24", AttributeValue.fromS("CALF=1"))))),
                "version", AttributeValue.fromN("3"));
        try (DynamoDbClient client = Dynalite.client()) {
            client.putItem(put -> put.tableName(table).item(before));
        }
        CrampCoachStreamHandler handler = new CrampCoachStreamHandler(Dynalite.environment(table));

        assertEquals(14, handler.primeForSnapStart());
        assertEquals(List.of(before), scan(), "a dry run changes nothing");

        // The same canned requests outside a dry run do change it: the assertion above could fail.
        SnapStartPriming.prime(handler, 1);
        assertEquals(List.of(), scan());
    }

    private static String logOf(Supplier<Void> work) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.get();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
