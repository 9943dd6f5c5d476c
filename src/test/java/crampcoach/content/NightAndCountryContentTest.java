package crampcoach.content;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crampcoach.guidance.Routine;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NightAndCountryContentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CONTENT = Path.of("src/main/resources/content/en");
    private final ContentLibrary library = new ContentLibrary();

    private static JsonNode file(String name) throws IOException {
        return JSON.readTree(CONTENT.resolve(name).toFile());
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "en-US | Europe/London     | nine nine nine",
        "en-GB | America/Chicago   | nine one one",
        "en-US | Asia/Kolkata      | one one two",
        "en-GB | Australia/Sydney  | Triple Zero, zero zero zero",
        "en-IN | America/Toronto   | nine one one",
        "en-US | Europe/Berlin     | nine one one, or your local emergency number",
        "en-AU | Asia/Tokyo        | Triple Zero, zero zero zero, or your local emergency number",
        "fr-FR | Europe/Paris      | your local emergency number",
        "en-US | Asia/Calcutta     | one one two"})
    void theCountryOfTheZoneNamesTheNumber(String locale, String zone, String spoken) {
        LocaleContent content = library.forDevice(locale, Optional.of(zone), false);
        assertEquals(spoken, content.settings().emergencyNumberSpoken());
        assertTrue(content.messages().text("redFlag.emergency").contains(spoken));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "redFlag.emergency | Please stop stretching and call one one two now, or one zero eight for an ambulance.",
        "redFlag.urgent    | If it gets worse, or you feel very unwell, call one one two, or one zero eight for an ambulance."})
    void anIndianDeviceHearsBothNumbersInSentencesWordedForThem(String id, String says) {
        LocaleContent content = library.forDevice("en-US", Optional.of("Asia/Kolkata"), false);
        assertTrue(content.messages().text(id).contains(says), content.messages().text(id));
        assertTrue(content.messages().written(id).contains("112") && content.messages().written(id).contains("108"),
                content.messages().written(id));
        // The rest of the locale's wording stays the locale's: only the sentences naming the numbers change.
        assertEquals(library.forLocale("en-US").messages().text("routine.question"), content.messages().text("routine.question"));
        assertTrue(library.forDevice("en-US", Optional.of("Asia/Kolkata"), true).messages().text(id).contains(says),
                "at night too");
    }

    @Test
    void aCardAbroadSaysTheDigitsAndTheLocalNumberToo() {
        LocaleContent content = library.forDevice("en-US", Optional.of("Europe/Berlin"), false);
        assertTrue(content.messages().written("redFlag.emergency").contains("911, or your local emergency number"),
                content.messages().written("redFlag.emergency"));
    }

    @Test
    void aUsDeviceInBritishEnglishIsNotSentToNhs111() {
        LocaleContent content = library.forDevice("en-GB", Optional.of("America/New_York"), false);
        assertFalse(content.messages().text("redFlag.urgent").contains("NHS"), content.messages().text("redFlag.urgent"));
    }

    @Test
    void noZoneByDayIsTheLocaleAsItWas() {
        assertSame(library.forLocale("en-GB"), library.forDevice("en-GB", Optional.empty(), false));
    }

    @Test
    void everyZoneIsOneJavaKnowsAndNoneIsInTwoCountries() throws IOException {
        new Countries(new ContentFiles());
        file(Countries.FILE).path("countries").forEach(country -> country.path("zones")
                .forEach(zone -> assertEquals(zone.asText(), ZoneId.of(zone.asText()).getId())));
    }

    @Test
    void eachInBedStepReplacesAStepThatStandsOrKneels() throws IOException {
        JsonNode night = file("night.json").path("routines");
        LocaleContent day = library.forLocale("en-US");
        night.properties().forEach(entry -> {
            if (entry.getKey().startsWith("_")) {
                return;
            }
            Routine routine = day.routines().find(entry.getKey()).orElseThrow();
            entry.getValue().path("inBed").properties().forEach(step -> {
                String dayText = routine.step(Integer.parseInt(step.getKey())).instruction().toLowerCase(Locale.ROOT);
                assertTrue(dayText.contains("stand") || dayText.contains("kneel"), entry.getKey() + " step " + step.getKey());
            });
        });
    }

    @Test
    void atNightNoRoutineAsksAnyoneToStandOrKneel() {
        LocaleContent night = library.forDevice("en-US", Optional.of("America/New_York"), true);
        for (String id : new String[] {"CALF", "FRONT_THIGH", "BACK_THIGH", "FOOT", "HAND", "NECK", "LOWER_BACK"}) {
            Routine routine = night.routines().find(id).orElseThrow();
            assertAll(routine.steps().stream().map(step -> () -> assertFalse(
                    step.instruction().toLowerCase(Locale.ROOT).matches(".*\\b(stand|kneel|kneeling)\\b.*"),
                    id + ": " + step.instruction())));
            assertFalse(routine.safety().contains("stand"), id + ": " + routine.safety());
        }
    }

    @Test
    void nightWordsAreFewerAndNeverTouchMedicalHelp() throws IOException {
        JsonNode day = file("messages.json").path("messages");
        file("night.json").path("messages").properties().forEach(entry -> {
            String id = entry.getKey();
            if (id.startsWith("night.")) {
                return;
            }
            assertTrue(day.has(id), "night.json overrides an unknown message " + id);
            assertFalse(id.startsWith("redFlag") || id.equals("disclaimer") || id.startsWith("error")
                    || id.equals("fallback") || id.equals("symptom.noRedFlag"), id + " must be said in full at night");
            assertTrue(words(entry.getValue().asText()) <= words(day.path(id).asText()), id + " is longer at night");
        });
    }

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }
}
