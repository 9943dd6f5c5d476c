package crampcoach.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The speech builder")
class SpeechBuilderTest {

    @Test
    @DisplayName("escapes the characters that would break Alexa's XML")
    void escapes_ampersands_and_angle_brackets() {
        Speech speech = new SpeechBuilder().say("Heat & ice: <not both> \"at once\"").build();

        assertEquals("Heat &amp; ice: &lt;not both&gt; &quot;at once&quot;", speech.ssml());
        assertTrue(SsmlCheck.problems(speech.document()).isEmpty());
    }

    @Test
    @DisplayName("chains a thirty-second hold into three ten-second breaks")
    void chains_long_pauses() {
        Speech speech = new SpeechBuilder().say("Hold.").pause(Duration.ofSeconds(30)).say("Relax.").build();

        assertEquals("Hold.<break time=\"10s\"/><break time=\"10s\"/><break time=\"10s\"/>Relax.", speech.ssml());
    }

    @Test
    @DisplayName("keeps a part-second remainder in milliseconds")
    void splits_odd_lengths() {
        Speech speech = new SpeechBuilder().pause(Duration.ofMillis(12_500)).build();

        assertEquals("<break time=\"10s\"/><break time=\"2500ms\"/>", speech.ssml());
    }

    @Test
    @DisplayName("separates sentences with one space and skips blank ones")
    void joins_sentences() {
        Speech speech = new SpeechBuilder().say("One.").say("  ").say(" Two. ").build();

        assertEquals("One. Two.", speech.ssml());
    }

    @Test
    @DisplayName("refuses to build speech longer than Alexa accepts")
    void refuses_speech_over_the_limit() {
        SpeechBuilder builder = new SpeechBuilder().say("a".repeat(Speech.MAX_CHARACTERS));

        assertThrows(IllegalArgumentException.class, builder::build);
    }

    @Test
    @DisplayName("accepts speech exactly at the limit, <speak> included")
    void accepts_speech_at_the_limit() {
        Speech speech = new SpeechBuilder().say("a".repeat(Speech.MAX_CHARACTERS - "<speak></speak>".length())).build();

        assertEquals(Speech.MAX_CHARACTERS, speech.document().length());
    }

    @Test
    void the_night_voice_wraps_the_whole_speech_breaks_included() {
        Speech night = new SpeechBuilder().say("Hold.").pause(Duration.ofSeconds(10)).say("Relax.").build().quietly();
        assertEquals("<prosody volume=\"soft\" rate=\"90%\">Hold.<break time=\"10s\"/>Relax.</prosody>", night.ssml());
        assertEquals(java.util.List.of(), SsmlCheck.problems(night.document()));
        assertEquals(Speech.EMPTY, Speech.EMPTY.quietly());
    }
}
