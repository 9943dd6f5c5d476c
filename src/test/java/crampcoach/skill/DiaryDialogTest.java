package crampcoach.skill;

import static crampcoach.skill.Dialog.slot;
import static crampcoach.skill.Dialog.unmatched;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.system.SystemState;
import crampcoach.content.ContentLibrary;
import crampcoach.content.Messages;
import crampcoach.diary.InMemoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The cramp diary, as Alexa talks to it")
class DiaryDialogTest {

    private static final Messages US = new ContentLibrary().forLocale("en-US").messages();

    private InMemoryStore store;
    private Dialog alexa;

    @BeforeEach
    void newDevice() {
        store = new InMemoryStore();
        alexa = Dialog.withHandler(new SkillStreamHandler(CrampCoachSkill.create(SkillSettings.local(), store)) { }, "en-US");
    }

    private static String text(String id, Map<String, String> values) {
        return US.text(id, values);
    }

    private Map<String, Object> stored() {
        RequestEnvelope testUser = RequestEnvelope.builder().withContext(com.amazon.ask.model.Context.builder()
                .withSystem(SystemState.builder().withUser(User.builder().withUserId("amzn1.ask.account.TESTUSER").build()).build())
                .build()).build();
        return store.getAttributes(testUser).orElse(Map.of());
    }

    private void logOn(String day, String muscle, String id) {
        alexa.at(day + "T03:00:00Z").oneShot("LogCrampIntent", slot("muscle", muscle, id));
    }

    @Test
    void aGuidedStretchIsNotedAndTheLastCrampIsToday() {
        alexa.at("2026-11-25T03:12:45Z").oneShot("StretchIntent", slot("muscle", "calf", "CALF"));

        Heard last = alexa.oneShot("LastCrampIntent");

        assertTrue(last.words().startsWith(text("diary.last.today", Map.of("muscle", "in your calf"))), last.words());
        assertEquals(Map.of("2026-11-25", "CALF=1"), stored().get("crampDiary"));
    }

    @Test
    void loggingACrampNotesTheDayAndTheMuscleOnly() {
        Heard logged = alexa.at("2026-11-25T03:12:45Z").oneShot("LogCrampIntent", slot("muscle", "foot", "FOOT"));

        assertTrue(logged.words().startsWith("Okay, I've noted a cramp in your foot today."), logged.words());
        assertTrue(logged.keepsListening());
        assertEquals(Map.of("crampDiary", Map.of("2026-11-25", "FOOT=1")), stored());
    }

    @Test
    void wordsTheModelDidNotResolveAreNeverNoted() {
        Heard logged = alexa.oneShot("LogCrampIntent", unmatched("muscle", "little toe area"));

        assertTrue(logged.words().startsWith(US.text("diary.logged.unnamed")), logged.words());
        assertFalse(stored().toString().contains("toe"), stored().toString());
        assertEquals(Map.of("2026-11-25", "UNNAMED=1"), stored().get("crampDiary"));
    }

    @Test
    void aRedFlagWhileLoggingGetsTheMedicalAnswerAndNothingIsNoted() {
        Heard heard = alexa.oneShot("LogCrampIntent", unmatched("muscle", "calf and it is swollen and red"));

        assertTrue(heard.words().contains("medical advice today"), heard.words());
        assertTrue(stored().isEmpty(), stored().toString());
    }

    @Test
    void thisWeekAndThisMonthAreCountedByMuscle() {
        logOn("2026-11-01", "calf", "CALF");
        logOn("2026-11-20", "foot", "FOOT");
        logOn("2026-11-23", "calf", "CALF");
        logOn("2026-11-24", "calf", "CALF");

        Heard week = alexa.at("2026-11-25T03:00:00Z").oneShot("DiaryCountIntent", slot("period", "this week", "WEEK"));
        Heard month = alexa.oneShot("DiaryCountIntent", slot("period", "this month", "MONTH"));

        assertTrue(week.words().startsWith("In the last seven days you've noted 3 cramps: 2 in your calf and one in your foot."),
                week.words());
        assertTrue(month.words().startsWith("In the last thirty days you've noted 4 cramps: 3 in your calf and one in your foot."),
                month.words());
    }

    @Test
    void anEmptyDiarySaysHowToFillIt() {
        assertTrue(alexa.oneShot("LastCrampIntent").words().startsWith(US.text("diary.last.none")));
        assertTrue(alexa.oneShot("DiaryCountIntent").words().startsWith(US.text("diary.week.none")));
    }

    @Test
    void theLastCrampDaysAgo() {
        logOn("2026-11-20", "hand", "HAND");

        Heard last = alexa.at("2026-11-25T03:00:00Z").oneShot("LastCrampIntent");

        assertTrue(last.words().startsWith("Your last cramp was 5 days ago, in your hand."), last.words());
    }

    @Test
    void theFourthCrampInAWeekBringsTheDoctorAdviceOnceAfterTheStretch() {
        logOn("2026-11-22", "calf", "CALF");
        logOn("2026-11-23", "calf", "CALF");
        logOn("2026-11-24", "calf", "CALF");

        Heard fourth = alexa.at("2026-11-25T03:00:00Z").oneShot("StretchIntent", slot("muscle", "calf", "CALF"));
        Heard fifth = alexa.at("2026-11-25T04:00:00Z").oneShot("StretchIntent", slot("muscle", "foot", "FOOT"));

        String advice = text("diary.frequent", Map.of("count", "4", "days", "7"));
        assertTrue(fourth.words().contains(advice), fourth.words());
        assertTrue(advice.contains("diuretic") && advice.contains("statin") && advice.contains("electrolytes"));
        // After the help: the stretch's last words come before it, the question after it.
        assertTrue(fourth.words().indexOf(advice) > fourth.words().indexOf("relax"), fourth.words());
        assertTrue(fourth.words().endsWith(US.text("routine.question")), fourth.words());
        assertFalse(fifth.words().contains("worth mentioning to your doctor"), fifth.words());
    }

    @Test
    void theEighthCrampInThirtyDaysBringsTheAdviceToo() {
        for (String day : List.of("2026-10-28", "2026-11-01", "2026-11-05", "2026-11-09", "2026-11-13", "2026-11-17", "2026-11-21")) {
            Heard logged = alexa.at(day + "T03:00:00Z").oneShot("LogCrampIntent", slot("muscle", "calf", "CALF"));
            assertFalse(logged.words().contains("worth mentioning to your doctor"), day + ": " + logged.words());
        }

        Heard eighth = alexa.at("2026-11-25T03:00:00Z").oneShot("LogCrampIntent", slot("muscle", "calf", "CALF"));

        assertTrue(eighth.words().contains(text("diary.frequent", Map.of("count", "8", "days", "30"))), eighth.words());
    }

    @Test
    void entriesOlderThanNinetyDaysAreDroppedOnTheNextWrite() {
        logOn("2026-08-01", "neck", "NECK");
        logOn("2026-09-01", "calf", "CALF");

        logOn("2026-11-25", "foot", "FOOT");

        assertEquals(Map.of("2026-09-01", "CALF=1", "2026-11-25", "FOOT=1"),
                stored().get("crampDiary"));
    }

    @Test
    void deletingTheDiaryAsksFirstAndYesDeletes() {
        logOn("2026-11-25", "calf", "CALF");

        Heard asked = alexa.oneShot("DeleteDiaryIntent");
        assertTrue(asked.words().endsWith(US.text("diary.delete.confirm")), asked.words());
        assertTrue(asked.keepsListening());
        assertFalse(stored().isEmpty(), "nothing is deleted before the answer");

        Heard done = alexa.say("AMAZON.YesIntent");

        assertTrue(done.words().startsWith(US.text("diary.delete.done")), done.words());
        assertTrue(stored().isEmpty());
    }

    @Test
    void noKeepsTheDiary() {
        logOn("2026-11-25", "calf", "CALF");
        alexa.oneShot("DeleteDiaryIntent");

        Heard kept = alexa.say("AMAZON.NoIntent");

        assertTrue(kept.words().startsWith(US.text("diary.delete.kept")), kept.words());
        assertFalse(stored().isEmpty());
    }

    @Test
    void disablingTheSkillDeletesTheDiaryAndSaysNothing() throws IOException {
        logOn("2026-11-25", "calf", "CALF");

        Heard event = alexa.raw(Files.readAllBytes(Path.of("src/test/resources/envelopes/skill-disabled.json")));

        assertEquals("", event.ssml());
        assertTrue(stored().isEmpty());
    }
}
