package crampcoach.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The content library")
class ContentLibraryTest {

    private final ContentLibrary library = new ContentLibrary();

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN"})
    @DisplayName("loads every locale with its own emergency number and no unfilled placeholder")
    void loads_every_locale(String locale) {
        LocaleContent content = library.forLocale(locale);
        assertEquals(locale, content.settings().locale());
        assertTrue(content.settings().emergencyNumber().isPresent());
        content.messages().texts().forEach((id, text) ->
                assertEquals("", leftover(text), locale + " message " + id));
        content.messages().writtenTexts().forEach((id, text) ->
                assertEquals("", leftover(text), locale + " written message " + id));
        content.topics().byId().values().forEach(topic ->
                assertEquals("", Wording.firstPlaceholder(topic.text()), locale + " topic " + topic.id()));
        content.routines().routines().values().forEach(routine -> routine.steps().forEach(step ->
                assertEquals("", Wording.firstPlaceholder(step.instruction()), locale + " " + routine.id())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr-FR", "", "en", "../../etc/passwd", "EN-us"})
    @DisplayName("answers an unknown or odd locale from the English base, naming no country's number")
    void falls_back_to_the_english_base(String locale) {
        LocaleContent content = library.forLocale(locale);
        assertEquals("en", content.settings().locale());
        assertEquals(Optional.empty(), content.settings().emergencyNumber());
        assertEquals("your local emergency number", content.settings().emergencyNumberSpoken());
    }

    @Test
    @DisplayName("knows exactly the locales with a folder of their own")
    void knows_the_locales_with_a_folder() {
        for (String locale : List.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN")) {
            assertTrue(library.knows(locale), locale);
        }
        for (String locale : List.of("fr-FR", "en", "EN-us", "en-us", "../en-US", "")) {
            assertFalse(library.knows(locale), locale);
        }
        assertFalse(library.knows(null));
    }

    /** A folder for a locale Alexa does not send, or a misspelt one, would otherwise never be read. */
    @Test
    @DisplayName("knows every locale folder under content/")
    void knows_every_locale_folder() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of("src/main/resources/content"))) {
            List<String> locales = folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString())
                    .filter(name -> !name.equals("en")).toList();
            assertFalse(locales.isEmpty());
            for (String locale : locales) {
                assertTrue(library.knows(locale), locale);
            }
        }
    }

    @Test
    void a_missing_locale_is_the_english_base_too() {
        assertEquals("en", library.forLocale(null).settings().locale());
    }

    @Test
    @DisplayName("reads each locale once")
    void reads_each_locale_once() {
        assertSame(library.forLocale("en-GB"), library.forLocale("en-GB"));
    }

    @Test
    @DisplayName("a locale overrides only what differs: the UK says paracetamol, the US acetaminophen")
    void locales_override_only_what_differs() {
        String uk = library.forLocale("en-GB").topics().forIntent("PainReliefIntent").orElseThrow().text();
        String us = library.forLocale("en-US").topics().forIntent("PainReliefIntent").orElseThrow().text();
        assertTrue(uk.contains("paracetamol"), uk);
        assertTrue(us.contains("acetaminophen"), us);
        assertEquals(library.forLocale("en-US").routines(), library.forLocale("en-GB").routines());
    }

    @Test
    @DisplayName("every routine named by the interaction model's muscles exists")
    void every_guided_muscle_has_a_routine() {
        for (String id : List.of("CALF", "FRONT_THIGH", "BACK_THIGH", "FOOT", "HAND", "NECK", "LOWER_BACK")) {
            assertTrue(library.forLocale("en-US").routines().find(id).isPresent(), id);
        }
        assertFalse(library.forLocale("en-US").routines().find("STOMACH").isPresent(), "no invented stretch");
    }

    /** {seconds} and {muscle} are filled per turn; anything else should have been filled on loading. */
    private static String leftover(String text) {
        return Wording.firstPlaceholder(text.replace("{seconds}", "").replace("{muscle}", "")
                .replace("{count}", "").replace("{days}", "").replace("{list}", "").replace("{time}", ""));
    }
}
