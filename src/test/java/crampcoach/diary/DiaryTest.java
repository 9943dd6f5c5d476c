package crampcoach.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.system.SystemState;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiaryTest {

    private static HandlerInput at(String timestamp) {
        return HandlerInput.builder().withRequestEnvelope(RequestEnvelope.builder()
                .withContext(Context.builder().withSystem(SystemState.builder()
                        .withUser(User.builder().withUserId("amzn1.ask.account.ANN").build()).build()).build())
                .withRequest(LaunchRequest.builder().withTimestamp(OffsetDateTime.parse(timestamp)).build())
                .build()).build();
    }

    @Test
    void aDayIsTheDevicesLocalDayWhenItsZoneIsKnownAndUtcsOtherwise() {
        HandlerInput lateEvening = at("2026-11-25T03:00:00Z");

        assertEquals(LocalDate.of(2026, 11, 25), new Diary(new InMemoryStore(), LocalZone.unknown()).today(lateEvening));
        assertEquals(LocalDate.of(2026, 11, 24), new Diary(new InMemoryStore(),
                input -> Optional.of(ZoneId.of("America/Los_Angeles"))).today(lateEvening));
    }

    @Test
    void theDiaryKeepsTheNewestTwoHundredEntries() {
        Diary diary = new Diary(new InMemoryStore(), LocalZone.unknown());
        Tally last = null;
        for (int i = 0; i < Diary.MAX_ENTRIES + 5; i++) {
            last = diary.note(at("2026-11-25T03:00:00Z"), "CALF").orElseThrow();
        }

        assertEquals(Diary.MAX_ENTRIES, last.entries().size());
    }

    @Test
    void aDayIsStoredAsItsMuscleCountsAndADamagedDayIsSkipped() {
        LocalDate day = LocalDate.of(2026, 11, 24);
        Map<String, Object> attributes = Map.of(Diary.ATTRIBUTE, Map.of(
                "2026-11-24", "CALF=2,FOOT=1",
                "2026-11-25", "calf and it hurts",
                "2026-11-26", "CALF=x",
                "not a day", "CALF=1"));

        assertEquals(List.of(new Entry(day, "CALF"), new Entry(day, "CALF"), new Entry(day, "FOOT")),
                Diary.entriesIn(attributes));
    }

    @Test
    void theAdviceComesOnTheFourthInAWeekNotOnTheThirdOrFifth() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        Entry calf = new Entry(today, "CALF");

        assertEquals(Optional.empty(), new Tally(List.of(calf, calf, calf), today).frequentJustNow());
        assertEquals(Optional.of(new Tally.Frequent(4, 7)), new Tally(List.of(calf, calf, calf, calf), today).frequentJustNow());
        assertEquals(Optional.empty(), new Tally(List.of(calf, calf, calf, calf, calf), today).frequentJustNow());
    }

    @Test
    void anEntryHoldsAMuscleIdNeverFreeText() {
        assertThrows(IllegalArgumentException.class, () -> new Entry(LocalDate.of(2026, 11, 25), "my calf hurts"));
    }
}
