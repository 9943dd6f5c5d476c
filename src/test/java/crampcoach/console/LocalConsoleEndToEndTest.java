package crampcoach.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crampcoach.lambda.CrampCoachStreamHandler;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A scripted night-time dialog typed into the console and carried through the real Lambda entry point.
 * It checks the plumbing (envelopes the SDK accepts, session kept and closed), not the skill's wording.
 */
class LocalConsoleEndToEndTest {

    private static String dialog(String... lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new LocalConsole(new ConsoleOptions("en-US", false, false), Fixtures.model("en-US"),
                BuiltinUtterances.fromClasspath(Fixtures.MAPPER),
                new LambdaEndpoint(new CrampCoachStreamHandler(), new ConsoleLambdaContext(out)),
                ConsoleIdentity.fromEnvironment(Optional.ofNullable(System.getenv("SKILL_ID"))),
                Clock.systemUTC(), out, true)
                .run(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void open_then_a_calf_cramp_then_stop_runs_through_the_real_skill() throws IOException {
        String transcript = dialog("open cramp coach", "my calf is cramping", "stop");

        assertFalse(transcript.contains("the skill failed"), transcript);
        assertFalse(transcript.contains("the skill sent no response"), transcript);
        assertFalse(transcript.contains("Alexa: (says nothing)"), transcript);
        String launch = transcript.substring(transcript.indexOf("[LaunchRequest"));
        assertTrue(launch.contains("(listening...)"), transcript);
        // A calf stretch is held, so its speech carries timed pauses.
        String stretch = transcript.substring(transcript.indexOf("[IntentRequest StretchIntent"));
        assertTrue(stretch.substring(0, stretch.indexOf("\n(")).contains("[pause "), transcript);
        String stop = transcript.substring(transcript.indexOf("[IntentRequest AMAZON.StopIntent"));
        assertTrue(stop.contains("(session ended)"), transcript);
    }

    @Test
    void a_one_shot_with_a_red_flag_gets_an_answer_from_the_real_skill() throws IOException {
        String transcript = dialog("ask cramp coach to help with my calf cramp", "ask cramp coach i have chest pain");

        assertFalse(transcript.contains("the skill failed"), transcript);
        assertTrue(transcript.contains("symptom=\"chest pain\" -> CHEST_PAIN"), transcript);
    }
}
