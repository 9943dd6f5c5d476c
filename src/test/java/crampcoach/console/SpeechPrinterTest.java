package crampcoach.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpeechPrinterTest {

    private final SpeechPrinter printer = new SpeechPrinter();

    @Test
    void three_chained_ten_second_breaks_print_as_one_thirty_second_pause() {
        String ssml = "<speak>Hold it there.<break time=\"10s\"/><break time=\"10s\"/> <break time=\"10s\"/>"
                + "And relax.</speak>";

        assertEquals("Hold it there. [pause 30 s] And relax.", printer.toText(ssml));
    }

    @Test
    void milliseconds_are_shown_in_seconds_and_added_to_their_neighbours() {
        assertEquals("Breathe. [pause 1.5 s] Good.",
                printer.toText("<speak>Breathe.<break time=\"500ms\"/><break time=\"1s\"/>Good.</speak>"));
    }

    @Test
    void entities_are_unescaped_and_other_tags_dropped() {
        String ssml = "<speak><p>Heat &amp; rest.</p><p><emphasis level=\"moderate\">Slowly</emphasis>"
                + " &lt;gently&gt;, &quot;please&quot; &#39;now&#39;.</p></speak>";

        assertEquals("Heat & rest. Slowly <gently>, \"please\" 'now'.", printer.toText(ssml));
    }

    @Test
    void an_escaped_entity_is_decoded_only_once() {
        assertEquals("&lt;", printer.toText("<speak>&amp;lt;</speak>"));
    }

    @Test
    void plain_text_speech_is_printed_as_it_is() {
        var speech = Fixtures.MAPPER.createObjectNode().put("type", "PlainText").put("text", " Hello. ");

        assertEquals(Optional.of("Hello."), printer.speech(speech));
    }

    @Test
    void a_response_without_speech_prints_nothing() {
        assertEquals(Optional.empty(), printer.speech(Fixtures.MAPPER.missingNode()));
    }
}
