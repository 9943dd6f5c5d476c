package crampcoach.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The console loop against a stand-in Lambda handler that counts turns in a session attribute and ends
 * the session on Stop, so what the console sends and prints can be checked turn by turn.
 */
class LocalConsoleTest {

    private final List<JsonNode> received = new ArrayList<>();

    private final RequestStreamHandler standIn = (in, out, context) -> {
        JsonNode request = Fixtures.MAPPER.readTree(in);
        received.add(request);
        int turns = request.at("/session/attributes/turns").asInt(0) + 1;
        boolean stop = "AMAZON.StopIntent".equals(request.at("/request/intent/name").asText());
        ObjectNode response = Fixtures.MAPPER.createObjectNode().put("version", "1.0");
        response.putObject("sessionAttributes").put("turns", turns);
        ObjectNode body = response.putObject("response");
        body.putObject("outputSpeech").put("type", "SSML").put("ssml",
                "<speak>Turn " + turns + " &amp; counting.<break time=\"10s\"/><break time=\"5s\"/>Done.</speak>");
        body.putObject("reprompt").putObject("outputSpeech").put("type", "PlainText").put("text", "Still there?");
        body.put("shouldEndSession", stop);
        out.write(Fixtures.MAPPER.writeValueAsBytes(response));
    };

    private String run(boolean json, String... lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        LocalConsole console = new LocalConsole(new ConsoleOptions("en-US", json, false), Fixtures.model("en-US"),
                BuiltinUtterances.fromClasspath(Fixtures.MAPPER),
                new LambdaEndpoint(standIn, new ConsoleLambdaContext(out)),
                ConsoleIdentity.fromEnvironment(Optional.empty()), Clock.systemUTC(), out, true);
        console.run(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_launch_then_a_cramp_then_stop_is_one_session_with_attributes_carried_over() throws IOException {
        String transcript = run(false, "open cramp coach", "my calf is cramping", "stop", ":quit");

        assertEquals(3, received.size());
        assertEquals("LaunchRequest", received.get(0).at("/request/type").asText());
        assertTrue(received.get(0).at("/session/new").asBoolean());
        assertEquals("StretchIntent", received.get(1).at("/request/intent/name").asText());
        assertEquals(false, received.get(1).at("/session/new").asBoolean());
        assertEquals(1, received.get(1).at("/session/attributes/turns").asInt());
        assertEquals(2, received.get(2).at("/session/attributes/turns").asInt());
        assertEquals(received.get(0).at("/session/sessionId"), received.get(2).at("/session/sessionId"));
        assertTrue(transcript.contains("Alexa: Turn 2 & counting. [pause 15 s] Done.\n(listening...)"), transcript);
        assertTrue(transcript.contains("[IntentRequest StretchIntent muscle=\"calf\" -> CALF]"), transcript);
        assertTrue(transcript.contains("Alexa: Turn 3 & counting. [pause 15 s] Done.\n(session ended)"), transcript);
        assertTrue(transcript.endsWith("(console closed)\n"), transcript);
    }

    @Test
    void a_one_shot_starts_a_new_session_straight_into_the_intent() throws IOException {
        run(false, "open cramp coach", "ASK cramp coach to help with my calf cramp!");

        JsonNode oneShot = received.get(1);
        assertTrue(oneShot.at("/session/new").asBoolean());
        assertTrue(oneShot.at("/session/attributes").isEmpty());
        assertTrue(!oneShot.at("/session/sessionId").equals(received.get(0).at("/session/sessionId")));
        assertEquals("CALF", oneShot.at(
                "/request/intent/slots/muscle/resolutions/resolutionsPerAuthority/0/values/0/value/id").asText());
    }

    @Test
    void words_without_an_open_session_reach_nothing_and_quit_then_leaves() throws IOException {
        String transcript = run(false, "my calf is cramping", "quit", "open cramp coach");

        assertEquals(List.of(), received);
        assertTrue(transcript.contains("no session is open"), transcript);
    }

    @Test
    void gibberish_inside_a_session_is_sent_as_the_fallback_intent() throws IOException {
        run(false, "open cramp coach", "purple monkey dishwasher");

        assertEquals("AMAZON.FallbackIntent", received.get(1).at("/request/intent/name").asText());
    }

    @Test
    void json_mode_shows_both_envelopes_and_the_reprompt() throws IOException {
        String transcript = run(true, "open cramp coach");

        assertTrue(transcript.contains("--> request\n{"), transcript);
        assertTrue(transcript.contains("\"type\" : \"LaunchRequest\""), transcript);
        assertTrue(transcript.contains("<-- response\n{"), transcript);
        assertTrue(transcript.contains("reprompt: Still there?"), transcript);
    }

    @Test
    void the_end_of_input_leaves_the_console() throws IOException {
        String transcript = run(false, "open cramp coach");

        assertTrue(transcript.endsWith("(console closed)\n"), transcript);
    }
}
