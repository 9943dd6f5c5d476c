package crampcoach.skill;

import static crampcoach.skill.Dialog.slot;
import static crampcoach.skill.Dialog.unmatched;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crampcoach.content.ContentLibrary;
import crampcoach.content.LocaleContent;
import crampcoach.diary.Dynalite;
import crampcoach.diary.StoreSettings;
import crampcoach.lambda.CrampCoachStreamHandler;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DisplayName("Cramp Coach on a real device: its time zone, its country, its night")
class DeviceDialogTest {

    private static final String SOFT = "<prosody volume=\"soft\" rate=\"90%\">";
    private static final String TIME_ZONE_CALL = "GET /v2/devices/%s/settings/System.timeZone";

    /** 03:00 in London, 03:00 in New York, 15:00 in London. */
    private static final Instant THREE_AM_LONDON = Instant.parse("2026-11-25T03:00:00Z");
    private static final Instant THREE_AM_NEW_YORK = Instant.parse("2026-11-25T08:00:00Z");
    private static final Instant THREE_PM_LONDON = Instant.parse("2026-11-25T15:00:00Z");

    private static final ContentLibrary LIBRARY = new ContentLibrary();

    private AlexaApiStub alexaApis;

    @BeforeEach
    void startStub() {
        alexaApis = new AlexaApiStub();
    }

    @AfterEach
    void stopStub() {
        alexaApis.close();
    }

    private Dialog device(String locale, String deviceId, String zone, Instant now) {
        alexaApis.zone(deviceId, zone);
        return Dialog.inLocale(locale).on(alexaApis.device(deviceId, now));
    }

    private static String message(String locale, String id) {
        return LIBRARY.forLocale(locale).messages().text(id);
    }

    private static Heard chestPain(Dialog dialog) {
        return dialog.say("ReportSymptomIntent", unmatched("symptom", "my chest hurts"));
    }

    @Nested
    @DisplayName("The emergency number is the device's country's, whatever the language")
    class EmergencyNumber {

        @ParameterizedTest(name = "{0}: an Echo set to {1} in {2} hears \"{3}\"")
        @CsvSource(delimiter = '|', value = {
            "a UK household         | en-US | Europe/London   | call nine nine nine now                            | nine one one",
            "a US household         | en-GB | America/Chicago | call nine one one now                              | nine nine nine",
            "an Indian household    | en-US | Asia/Kolkata    | call one one two now, or one zero eight for an ambulance | nine one one",
            "an Australian household | en-GB | Australia/Perth | call Triple Zero, zero zero zero now               | nine nine nine",
            "a household in Germany | en-US | Europe/Berlin   | call nine one one, or your local emergency number  | nine nine nine"})
        void theCountrysNumber(String who, String locale, String zone, String says, String neverSays) {
            Dialog alexa = device(locale, "echo", zone, THREE_PM_LONDON);
            alexa.launch();
            Heard heard = alexa.say("ReportSymptomIntent", unmatched("symptom", "my chest hurts"));
            assertTrue(heard.words().contains(says), heard.words());
            assertFalse(heard.words().contains(neverSays), heard.words());
        }

        @Test
        @DisplayName("a red flag in the very first request does not wait for the time zone: the locale's number")
        void redFlagFirstNeverWaits() {
            Dialog alexa = device("en-US", "uk-device", "Europe/London", THREE_AM_LONDON);
            Heard heard = alexa.oneShot("ReportSymptomIntent", unmatched("symptom", "my chest hurts"));
            assertTrue(heard.words().contains(message("en-US", "redFlag.emergency")), heard.words());
            assertEquals(List.of(), alexaApis.calls());
        }

        @Test
        @DisplayName("when the Settings API fails: the locale's defaults, and it is not asked again that turn or the next")
        void apiFailure() {
            alexaApis.failing("broken-device", 500);
            Dialog alexa = Dialog.inLocale("en-GB").on(alexaApis.device("broken-device", THREE_AM_LONDON));
            Heard launch = alexa.launch();
            assertFalse(launch.ssml().contains(SOFT), "no night mode without a time zone");
            assertTrue(launch.words().contains(message("en-GB", "launch.welcome")), launch.words());
            Heard heard = chestPain(alexa);
            assertTrue(heard.words().contains(message("en-GB", "redFlag.emergency")), heard.words());
            assertEquals(List.of(String.format(TIME_ZONE_CALL, "broken-device")), alexaApis.calls());
        }
    }

    @Nested
    @DisplayName("The time zone is asked once per device per day")
    class OncePerDay {

        @Test
        @DisplayName("two sessions on one device: one call to the Settings API")
        void onceForTwoSessions() {
            Dialog alexa = device("en-GB", "bedroom-echo", "Europe/London", THREE_PM_LONDON);
            alexa.launch();
            alexa.say("StretchIntent", slot("muscle", "calf", "CALF"));
            alexa.oneShot("StretchIntent", slot("muscle", "foot", "FOOT"));
            assertEquals(List.of(String.format(TIME_ZONE_CALL, "bedroom-echo")), alexaApis.calls());
        }

        @Test
        @DisplayName("a request that is not answered in speech (the session's end) asks nothing")
        void sessionEndAsksNothing() {
            alexaApis.zone("amzn1.ask.device.TESTDEVICE", "Europe/London");
            String ended = new String(Dialog.read("session-ended.json"), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("\"https://api.amazonalexa.com\"",
                            "\"" + alexaApis.endpoint() + "\", \"apiAccessToken\": \"" + AlexaApiStub.TOKEN + "\"");
            assertTrue(ended.contains(alexaApis.endpoint()) && ended.contains(AlexaApiStub.TOKEN));
            Dialog.inLocale("en-GB").raw(Dialog.utf8(ended));
            assertEquals(List.of(), alexaApis.calls());
            // The same device, asked something it answers, is looked up: the check above could fail.
            Dialog.inLocale("en-GB").raw(Dialog.utf8(ended.replace("SessionEndedRequest", "LaunchRequest")));
            assertEquals(1, alexaApis.calls().size());
        }

        @Test
        @DisplayName("a Settings API slower than the turn can wait: the turn goes on in daytime voice")
        void slowApi() {
            alexaApis.slow(1500);
            Dialog alexa = device("en-GB", "slow-echo", "Europe/London", THREE_AM_LONDON);
            Heard heard = alexa.launch();
            assertFalse(heard.ssml().contains(SOFT), heard.ssml());
            assertTrue(heard.words().contains(message("en-GB", "launch.welcome")), heard.words());
        }
    }

    @Nested
    @DisplayName("With the diary's table (dynalite), the zone outlives the function that asked for it")
    @ExtendWith(Dynalite.class)
    class KeptInTheTable {

        private static final String DEVICE = "amzn1.ask.device.BEDROOM";

        private String table;

        @BeforeEach
        void freshTable() {
            table = Dynalite.newTable();
        }

        /** A new skill instance: what a Lambda started cold would be, its memory empty. */
        private Dialog coldFunction(Map<String, String> environment) {
            return Dialog.withHandler(new CrampCoachStreamHandler(environment), "en-GB")
                    .on(alexaApis.device(DEVICE, THREE_AM_LONDON));
        }

        private java.util.Optional<Map<String, AttributeValue>> storedZone() {
            try (DynamoDbClient client = Dynalite.client()) {
                return client.scan(request -> request.tableName(table)).items().stream()
                        .filter(item -> item.get("id").s().startsWith("device#"))
                        .map(item -> item.get("attributes").m()).findFirst();
            }
        }

        private Map<String, AttributeValue> deviceItem() {
            try (DynamoDbClient client = Dynalite.client()) {
                return client.scan(request -> request.tableName(table)).items().stream()
                        .filter(item -> item.get("id").s().startsWith("device#")).findFirst().orElseThrow();
            }
        }

        /** The first function's write lands on its worker thread; give it time, not a deadline to meet. */
        private Map<String, AttributeValue> awaitStoredZone(String zone) throws InterruptedException {
            for (int tries = 0; tries < 100; tries++) {
                java.util.Optional<Map<String, AttributeValue>> stored = storedZone();
                if (stored.isPresent() && stored.get().get("zone").s().equals(zone)) {
                    return stored.get();
                }
                Thread.sleep(100);
            }
            throw new AssertionError("no zone " + zone + " stored: " + storedZone());
        }

        @Test
        @DisplayName("a second function, started cold, speaks softly at 3 a.m. without asking the Settings API")
        void aSecondFunctionReadsTheTable() throws InterruptedException {
            alexaApis.zone(DEVICE, "Europe/London");
            coldFunction(Dynalite.environment(table)).oneShot("StretchIntent", slot("muscle", "calf", "CALF"));
            Map<String, AttributeValue> stored = awaitStoredZone("Europe/London");
            assertEquals(java.util.Set.of("zone", "readAt"), stored.keySet());
            assertEquals(Long.toString(Math.floorDiv(Long.parseLong(stored.get("readAt").n()) + 25 * 3_600_000L, 1000)),
                    deviceItem().get("expiresAt").n(), "DynamoDB's time to live: a little over the day the zone is good for");

            Dialog second = coldFunction(Dynalite.environment(table));
            second.launch();
            Heard heard = second.say("StretchIntent", slot("muscle", "calf", "CALF"));
            assertTrue(heard.ssml().startsWith("<speak>" + SOFT), heard.ssml());
            assertEquals(List.of(String.format(TIME_ZONE_CALL, DEVICE)), alexaApis.calls());
        }

        @Test
        @DisplayName("a zone stored more than a day ago is asked for again, and replaced")
        void aDayOldZoneIsAskedAgain() throws InterruptedException {
            try (DynamoDbClient client = Dynalite.client()) {
                client.putItem(put -> put.tableName(table).item(Map.of(
                        "id", AttributeValue.fromS("device#" + sha256(DEVICE)),
                        "attributes", AttributeValue.fromM(Map.of(
                                "zone", AttributeValue.fromS("Australia/Perth"),
                                "readAt", AttributeValue.fromN(Long.toString(
                                        Instant.now().minus(java.time.Duration.ofHours(25)).toEpochMilli())))))));
            }
            alexaApis.zone(DEVICE, "Europe/London");
            Dialog alexa = coldFunction(Dynalite.environment(table));
            alexa.launch();
            Heard heard = alexa.say("ReportSymptomIntent", unmatched("symptom", "my chest hurts"));
            assertTrue(heard.words().contains("call nine nine nine now"), heard.words());
            assertEquals(List.of(String.format(TIME_ZONE_CALL, DEVICE)), alexaApis.calls());
            awaitStoredZone("Europe/London");
        }

        @Test
        @DisplayName("a table that is down: the zone is asked once and kept in memory, the night as without a table")
        void aTableThatIsDown() throws IOException {
            int closed;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                closed = socket.getLocalPort();
            }
            alexaApis.zone(DEVICE, "Europe/London");
            Dialog alexa = coldFunction(Map.of(StoreSettings.TABLE_NAME, table,
                    StoreSettings.ENDPOINT, "http://127.0.0.1:" + closed, "AWS_REGION", "us-east-1"));
            alexa.launch();
            Heard heard = alexa.say("StretchIntent", slot("muscle", "calf", "CALF"));
            assertTrue(heard.ssml().startsWith("<speak>" + SOFT), heard.ssml());
            alexa.oneShot("StretchIntent", slot("muscle", "foot", "FOOT"));
            assertEquals(List.of(String.format(TIME_ZONE_CALL, DEVICE)), alexaApis.calls());
        }

        private static String sha256(String text) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Nested
    @DisplayName("At 3 a.m. local time")
    class AtNight {

        private final LocaleContent night = LIBRARY.forDevice("en-GB", java.util.Optional.of("Europe/London"), true);

        @Test
        @DisplayName("the routine is said softly and slowly, with no topic menu after it")
        void softAndShort() {
            Dialog alexa = device("en-GB", "night-echo", "Europe/London", THREE_AM_LONDON);
            Heard heard = alexa.oneShot("StretchIntent", slot("muscle", "calf", "CALF"));
            assertTrue(heard.ssml().startsWith("<speak>" + SOFT), heard.ssml());
            assertTrue(heard.reprompt().contains(SOFT), heard.reprompt());
            assertTrue(heard.words().endsWith(night.messages().text("routine.question")), heard.words());
            assertFalse(heard.words().contains("what else helps"), heard.words());
        }

        @Test
        @DisplayName("every step of the calf routine is done in bed")
        void inBed() {
            Dialog alexa = device("en-US", "ny-echo", "America/New_York", THREE_AM_NEW_YORK);
            Heard heard = alexa.oneShot("StretchIntent", slot("muscle", "calf", "CALF"));
            assertFalse(heard.words().toLowerCase().contains("stand"), heard.words());
            assertTrue(heard.words().contains("Pull your toes up toward your shin once more"), heard.words());
        }

        @Test
        @DisplayName("standing comes only after \"can you stand safely?\", and only for whoever says yes")
        void standingOnlyAfterAsking() {
            Dialog alexa = device("en-GB", "night-echo", "Europe/London", THREE_AM_LONDON);
            alexa.oneShot("StretchIntent", slot("muscle", "calf", "CALF"));
            Heard asked = alexa.say("AMAZON.NoIntent");
            assertEquals(night.messages().text("night.canStand"), asked.words());
            assertTrue(asked.keepsListening());

            Heard standing = alexa.say("AMAZON.YesIntent");
            assertTrue(standing.words().startsWith(night.routines().find("CALF").orElseThrow().standing().orElseThrow()
                    .instruction()), standing.words());
            assertTrue(standing.ssml().contains(SOFT));
            assertTrue(standing.words().endsWith(night.messages().text("routine.question")), standing.words());

            Heard again = alexa.say("AMAZON.NoIntent");
            assertTrue(again.words().startsWith(night.messages().text("eased.no")), again.words());
            assertFalse(again.words().toLowerCase().contains("stand up"), again.words());
        }

        @Test
        @DisplayName("\"no, I can't stand\": the in-bed routine once more")
        void cannotStand() {
            Dialog alexa = device("en-GB", "night-echo", "Europe/London", THREE_AM_LONDON);
            alexa.oneShot("StretchIntent", slot("muscle", "calf", "CALF"));
            alexa.say("AMAZON.NoIntent");
            Heard heard = alexa.say("AMAZON.NoIntent");
            assertTrue(heard.words().startsWith(night.messages().text("night.stayInBed")), heard.words());
            assertFalse(heard.words().toLowerCase().contains("stand up"), heard.words());
        }

        @Test
        @DisplayName("a red flag is said plainly, at full voice")
        void redFlagNotWhispered() {
            Dialog alexa = device("en-GB", "night-echo", "Europe/London", THREE_AM_LONDON);
            alexa.launch();
            Heard heard = chestPain(alexa);
            assertFalse(heard.ssml().contains("prosody") || heard.ssml().contains("whispered"), heard.ssml());
            assertTrue(heard.words().contains("call nine nine nine now"), heard.words());
            assertTrue(heard.endsSession());
        }

        @Test
        @DisplayName("the welcome is shorter")
        void shortWelcome() {
            Dialog alexa = device("en-GB", "night-echo", "Europe/London", THREE_AM_LONDON);
            Heard heard = alexa.launch();
            assertTrue(heard.words().contains(night.messages().text("launch.welcome")), heard.words());
            assertTrue(night.messages().text("launch.welcome").length() < message("en-GB", "launch.welcome").length());
        }
    }

    @Nested
    @DisplayName("At 3 p.m. local time")
    class ByDay {

        @Test
        @DisplayName("the routine is exactly what a device with no time zone hears")
        void unchanged() {
            Heard onDevice = device("en-GB", "day-echo", "Europe/London", THREE_PM_LONDON)
                    .oneShot("StretchIntent", slot("muscle", "calf", "CALF"));
            Heard plain = Dialog.inLocale("en-GB").oneShot("StretchIntent", slot("muscle", "calf", "CALF"));
            assertEquals(plain.ssml(), onDevice.ssml());
            assertFalse(onDevice.ssml().contains(SOFT));
            assertEquals(1, alexaApis.calls().size());
        }
    }

    @Nested
    @DisplayName("On an Echo Show")
    class OnAScreen {

        private final LocaleContent day = LIBRARY.forLocale("en-GB");

        private JsonNode screen(Heard heard) {
            JsonNode directives = heard.response().path("response").path("directives");
            assertEquals(1, directives.size(), directives.toString());
            JsonNode directive = directives.get(0);
            assertEquals("Alexa.Presentation.APL.RenderDocument", directive.path("type").asText());
            assertEquals("APL", directive.path("document").path("type").asText());
            return directive.path("datasources").path("screen");
        }

        /** What the document shows in each second since Alexa began: the step's words, then its count. */
        private List<String> secondBySecond(JsonNode screen) {
            List<String> shown = new java.util.ArrayList<>();
            for (int second = 0; second < screen.path("stepAt").size(); second++) {
                int step = screen.path("stepAt").get(second).asInt();
                int count = screen.path("countAt").get(second).asInt();
                String words = step > 0 ? screen.path("steps").get(step - 1).asText() : screen.path("text").asText();
                shown.add(count > 0 ? words + " | " + count : words);
            }
            return shown;
        }

        /** The counts shown while one step's words are on screen, repeats folded. */
        private List<Integer> countsDuring(JsonNode screen, int step) {
            List<Integer> counts = new java.util.ArrayList<>();
            for (int second = 0; second < screen.path("stepAt").size(); second++) {
                int count = screen.path("countAt").get(second).asInt();
                if (screen.path("stepAt").get(second).asInt() == step && count > 0
                        && (counts.isEmpty() || counts.get(counts.size() - 1) != count)) {
                    counts.add(count);
                }
            }
            return counts;
        }

        private List<Integer> countingDown(long from) {
            List<Integer> counts = new java.util.ArrayList<>();
            for (long count = from; count > 0; count--) {
                counts.add((int) count);
            }
            return counts;
        }

        @Test
        @DisplayName("step by step: the step's words while Alexa says them, then its hold counted down; the screen follows \"next\"")
        void stepByStep() {
            Dialog alexa = Dialog.inLocale("en-GB").on(alexaApis.zone("show", "Europe/London")
                    .showDevice("show", THREE_PM_LONDON));
            var calf = day.routines().find("CALF").orElseThrow();
            JsonNode first = screen(alexa.oneShot("StepByStepIntent", slot("muscle", "calf", "CALF")));
            List<String> shown = secondBySecond(first);
            assertEquals(calf.intro(), shown.get(0));
            assertTrue(shown.contains(calf.step(0).instruction()), shown.toString());
            assertEquals(countingDown(30), countsDuring(first, 1));
            assertFalse(first.path("night").asBoolean());

            JsonNode second = screen(alexa.say("AMAZON.NextIntent"));
            assertEquals(calf.step(1).instruction(), secondBySecond(second).get(0));
            assertEquals(countingDown(30), countsDuring(second, 2));
        }

        @Test
        @DisplayName("the whole routine in one go: each step in turn, as Alexa says it, with its hold counted down")
        void wholeRoutine() {
            Dialog alexa = Dialog.inLocale("en-GB").on(alexaApis.zone("show", "Europe/London")
                    .showDevice("show", THREE_PM_LONDON));
            var calf = day.routines().find("CALF").orElseThrow();
            Heard heard = alexa.oneShot("StretchIntent", slot("muscle", "calf", "CALF"));
            JsonNode screen = screen(heard);

            List<String> shown = secondBySecond(screen);
            assertEquals(calf.intro(), shown.get(0));
            for (int step = 1; step <= calf.stepCount(); step++) {
                String words = calf.step(step - 1).instruction();
                assertTrue(shown.stream().anyMatch(second -> second.startsWith(words)), "step " + step + " never shown: " + shown);
                assertEquals(countingDown(calf.step(step - 1).hold().toSeconds()), countsDuring(screen, step), "step " + step);
            }
            // Each step appears while Alexa says it: the first hold is counted after the first
            // instruction and its safety line, not from the moment the screen lights up.
            int firstCount = shown.indexOf(calf.step(0).instruction() + " | 30");
            assertTrue(firstCount >= 5, "the first hold is counted from second " + firstCount);
            // The same speech as a device without a screen: the screen follows the voice, never the reverse.
            assertEquals(Dialog.inLocale("en-GB").oneShot("StretchIntent", slot("muscle", "calf", "CALF")).ssml(), heard.ssml());
        }

        @Test
        @DisplayName("at night the screen is dark and dim, and keeps to the slower night voice")
        void darkAtNight() {
            JsonNode night = screen(Dialog.inLocale("en-GB").on(alexaApis.zone("show", "Europe/London")
                    .showDevice("show", THREE_AM_LONDON)).oneShot("StretchIntent", slot("muscle", "calf", "CALF")));
            assertTrue(night.path("night").asBoolean());
            assertEquals(night.path("text").asText(), secondBySecond(night).get(0));
            assertFalse(countsDuring(night, 1).isEmpty(), "the night routine's first hold is counted down too");
        }

        @Test
        @DisplayName("a red flag puts the medical-help message on the screen, never dimmed")
        void medicalHelpOnScreen() {
            Dialog alexa = Dialog.inLocale("en-GB").on(alexaApis.zone("show", "Europe/London")
                    .showDevice("show", THREE_AM_LONDON));
            alexa.launch();
            JsonNode shown = screen(chestPain(alexa));
            assertTrue(shown.path("medicalHelp").asBoolean());
            assertTrue(shown.path("text").asText().contains("call 999"), shown.toString());
        }

        @Test
        @DisplayName("a device without a screen gets no directive")
        void noScreenNoDirective() {
            for (String intent : List.of("StepByStepIntent", "StretchIntent")) {
                Heard heard = device("en-GB", "dot", "Europe/London", THREE_PM_LONDON)
                        .oneShot(intent, slot("muscle", "calf", "CALF"));
                assertTrue(heard.response().path("response").path("directives").isMissingNode()
                        || heard.response().path("response").path("directives").isEmpty(), intent);
            }
        }
    }

    @Nested
    @DisplayName("\"Remind me to stretch before bed at nine p m\"")
    class StretchReminder {

        private final LocaleContent day = LIBRARY.forLocale("en-GB");

        private Heard remindAtNine(Dialog alexa) {
            return alexa.oneShot("SetStretchReminderIntent", unmatched("time", "21:00"));
        }

        @Test
        @DisplayName("without the permission: one sentence, then Alexa's own permission request")
        void asksForPermission() {
            Heard heard = remindAtNine(device("en-GB", "echo", "Europe/London", THREE_PM_LONDON));
            assertEquals(day.messages().text("reminder.askPermission"), heard.words());
            JsonNode directive = heard.response().path("response").path("directives").get(0);
            assertEquals("Connections.SendRequest", directive.path("type").asText());
            assertEquals("AskFor", directive.path("name").asText());
            assertEquals("alexa::alerts:reminders:skill:readwrite",
                    directive.path("payload").path("permissionScopes").get(0).path("permissionScope").asText());
            assertEquals("21:00", directive.path("token").asText());
            assertTrue(heard.endsSession());
            assertEquals(Map.of(), alexaApis.reminders());
        }

        @Test
        @DisplayName("with it: a daily reminder at 21:00 on the device's clock, said back")
        void setsADailyReminder() throws Exception {
            Dialog alexa = Dialog.inLocale("en-GB").on(alexaApis.zone("echo", "Europe/London")
                    .device("echo", THREE_PM_LONDON).andThen(AlexaApiStub.remindersAllowed()));
            Heard heard = remindAtNine(alexa);
            assertTrue(heard.words().startsWith(day.messages().text("reminder.set", Map.of("time", "9:00 PM"))),
                    heard.words());
            assertEquals(1, alexaApis.reminders().size());
            JsonNode sent = new ObjectMapper().readTree(alexaApis.reminders().values().iterator().next());
            assertEquals("DAILY", sent.path("trigger").path("recurrence").path("freq").asText());
            assertEquals("2026-11-25T21:00:00", sent.path("trigger").path("scheduledTime").asText());
            assertEquals("Europe/London", sent.path("trigger").path("timeZoneId").asText());
            assertEquals(day.messages().text("reminder.alert"),
                    sent.path("alertInfo").path("spokenInfo").path("content").get(0).path("text").asText());
        }

        @Test
        @DisplayName("\"cancel my stretch reminder\" deletes it")
        void cancels() {
            Dialog alexa = Dialog.inLocale("en-GB").on(alexaApis.zone("echo", "Europe/London")
                    .device("echo", THREE_PM_LONDON).andThen(AlexaApiStub.remindersAllowed()));
            remindAtNine(alexa);
            Heard heard = alexa.oneShot("CancelStretchReminderIntent");
            assertTrue(heard.words().startsWith(day.messages().text("reminder.cancelled")), heard.words());
            assertEquals(Map.of(), alexaApis.reminders());
            assertTrue(alexaApis.calls().contains("DELETE /v1/alerts/reminders/alert-1"), alexaApis.calls().toString());
            assertTrue(alexa.oneShot("CancelStretchReminderIntent").words()
                    .startsWith(day.messages().text("reminder.noneToCancel")));
        }

        @Test
        @DisplayName("the person accepts Alexa's request: the reminder asked for is set")
        void consentAccepted() {
            Heard heard = Dialog.inLocale("en-GB").raw(consent("ACCEPTED", true));
            assertTrue(heard.words().startsWith(day.messages().text("reminder.set", Map.of("time", "9:00 PM"))),
                    heard.words());
            assertEquals(1, alexaApis.reminders().size());
        }

        @Test
        @DisplayName("the person declines: said once, and not asked again")
        void consentDenied() {
            Heard heard = Dialog.inLocale("en-GB").raw(consent("DENIED", false));
            assertEquals(day.messages().text("reminder.declined"), heard.words());
            assertTrue(heard.response().path("response").path("directives").isMissingNode()
                    || heard.response().path("response").path("directives").isEmpty());
            assertEquals(Map.of(), alexaApis.reminders());
        }

        /** Alexa's Connections.Response to the AskFor request, through this stub. */
        private byte[] consent(String status, boolean granted) {
            String permissions = granted
                    ? ",\"permissions\":{\"consentToken\":\"x\",\"scopes\":{\"alexa::alerts:reminders:skill:readwrite\":{\"status\":\"GRANTED\"}}}"
                    : "";
            return Dialog.utf8("{\"version\":\"1.0\",\"session\":{\"new\":true,\"sessionId\":\"amzn1.echo-api.session.c\","
                    + "\"application\":{\"applicationId\":\"amzn1.ask.skill.00000000-0000-0000-0000-000000000000\"},"
                    + "\"attributes\":{},\"user\":{\"userId\":\"amzn1.ask.account.TESTUSER\"}},"
                    + "\"context\":{\"System\":{\"application\":{\"applicationId\":\"amzn1.ask.skill.00000000-0000-0000-0000-000000000000\"},"
                    + "\"user\":{\"userId\":\"amzn1.ask.account.TESTUSER\"" + permissions + "},"
                    + "\"device\":{\"deviceId\":\"echo\",\"supportedInterfaces\":{}},"
                    + "\"apiEndpoint\":\"" + alexaApis.endpoint() + "\",\"apiAccessToken\":\"" + AlexaApiStub.TOKEN + "\"}},"
                    + "\"request\":{\"type\":\"Connections.Response\",\"requestId\":\"amzn1.echo-api.request.c\","
                    + "\"timestamp\":\"2026-11-25T15:00:00Z\",\"locale\":\"en-GB\",\"name\":\"AskFor\","
                    + "\"status\":{\"code\":\"200\",\"message\":\"OK\"},"
                    + "\"payload\":{\"permissionScope\":\"alexa::alerts:reminders:skill:readwrite\",\"status\":\"" + status + "\"},"
                    + "\"token\":\"21:00\"}}");
        }
    }
}
