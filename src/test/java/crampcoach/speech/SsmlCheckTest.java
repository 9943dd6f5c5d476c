package crampcoach.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The SSML check every response passes")
class SsmlCheckTest {

    @Test
    void accepts_alexa_markup() {
        assertEquals(java.util.List.of(), SsmlCheck.problems("<speak>Hold.<break time=\"10s\"/><s>Relax.</s></speak>"));
    }

    @Test
    void rejects_a_break_over_ten_seconds() {
        assertFalse(SsmlCheck.problems("<speak><break time=\"11s\"/></speak>").isEmpty());
        assertFalse(SsmlCheck.problems("<speak><break time=\"10001ms\"/></speak>").isEmpty());
    }

    @Test
    void rejects_an_unescaped_ampersand() {
        assertFalse(SsmlCheck.problems("<speak>heat & ice</speak>").isEmpty());
    }

    @Test
    void rejects_tags_alexa_does_not_know() {
        assertTrue(SsmlCheck.problems("<speak><b>bold</b></speak>").get(0).contains("<b>"));
    }

    @Test
    void rejects_speech_over_eight_thousand_characters() {
        assertFalse(SsmlCheck.problems("<speak>" + "a".repeat(8000) + "</speak>").isEmpty());
    }

    @Test
    void accepts_the_night_voice_and_alexas_whisper_but_not_made_up_values() {
        assertEquals(java.util.List.of(), SsmlCheck.problems("<speak><prosody volume=\"soft\" rate=\"90%\">Hold.</prosody></speak>"));
        assertEquals(java.util.List.of(), SsmlCheck.problems("<speak><amazon:effect name=\"whispered\">Hold.</amazon:effect></speak>"));
        assertFalse(SsmlCheck.problems("<speak><prosody volume=\"quiet\">Hold.</prosody></speak>").isEmpty());
        assertFalse(SsmlCheck.problems("<speak><prosody rate=\"10%\">Hold.</prosody></speak>").isEmpty());
        assertFalse(SsmlCheck.problems("<speak><amazon:effect name=\"murmured\">Hold.</amazon:effect></speak>").isEmpty());
    }
}
