package crampcoach.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crampcoach.console.Invocation.InSession;
import crampcoach.console.Invocation.Launch;
import crampcoach.console.Invocation.OneShot;
import crampcoach.console.MatchedIntent.SlotFill;
import crampcoach.lambda.CrampCoachStreamHandler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A text stand-in for an Echo. Each typed line is read as Alexa would hear it, turned into a real request
 * envelope, passed as bytes through the skill's Lambda entry point, and the reply is printed as text with
 * its pauses. Run from the repository root: {@code mvn -q compile exec:java}.
 */
public final class LocalConsole {

    /** Leave the console; plain "stop" and "exit" belong to the skill, as on a device. */
    private static final Set<String> LEAVE_CONSOLE = Set.of(":quit", ":q", ":exit", "exit the console",
            "quit the console", "leave the console");
    /** With no session open, nothing on the device would hear these; the console takes them as goodbye. */
    private static final Set<String> LEAVE_WHEN_IDLE = Set.of("quit", "exit");

    private final ConsoleOptions options;
    private final InteractionModel model;
    private final UtteranceMatcher matcher;
    private final EnvelopeFactory envelopes;
    private final ConsoleSession session;
    private final SkillEndpoint endpoint;
    private final SpeechPrinter printer = new SpeechPrinter();
    private final ObjectMapper mapper;
    private final ConsoleIdentity identity;
    private final PrintStream out;
    private final boolean echoInput;

    LocalConsole(ConsoleOptions options, InteractionModel model, BuiltinUtterances builtins,
                 SkillEndpoint endpoint, ConsoleIdentity identity, Clock clock, PrintStream out,
                 boolean echoInput) {
        this.options = options;
        this.model = model;
        this.matcher = new UtteranceMatcher(model, builtins);
        this.envelopes = new EnvelopeFactory(identity, options.locale(), clock);
        this.session = new ConsoleSession();
        this.endpoint = endpoint;
        this.identity = identity;
        this.mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        this.out = out;
        this.echoInput = echoInput;
    }

    public static void main(String[] args) throws IOException {
        ConsoleOptions options;
        try {
            options = ConsoleOptions.parse(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(ConsoleOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(ConsoleOptions.USAGE);
            return;
        }
        ObjectMapper mapper = new ObjectMapper();
        InteractionModel model;
        try {
            model = new ModelLocator(mapper, Path.of("").toAbsolutePath()).load(options.locale());
        } catch (IOException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SkillEndpoint endpoint = new LambdaEndpoint(new CrampCoachStreamHandler(),
                new ConsoleLambdaContext(System.err));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        // Piped input is not shown by the terminal; echoing it makes a scripted run read as a dialog.
        boolean echo = System.console() == null;
        new LocalConsole(options, model, BuiltinUtterances.fromClasspath(mapper), endpoint,
                ConsoleIdentity.fromEnvironment(Optional.ofNullable(System.getenv("SKILL_ID"))),
                Clock.systemUTC(), out, echo)
                .run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    }

    /** Reads lines until :quit or the end of input. */
    void run(BufferedReader in) throws IOException {
        printBanner();
        while (true) {
            out.print(session.isOpen() ? "you (in session)> " : "you> ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                out.println();
                break;
            }
            if (echoInput) {
                out.println(line);
            }
            String typed = line.strip();
            if (typed.isEmpty()) {
                continue;
            }
            String spoken = SpokenText.normalize(typed);
            if (LEAVE_CONSOLE.contains(typed.toLowerCase(Locale.ROOT)) || LEAVE_CONSOLE.contains(spoken)
                    || (!session.isOpen() && LEAVE_WHEN_IDLE.contains(spoken))) {
                break;
            }
            if (typed.equals(":help")) {
                printBanner();
                continue;
            }
            turn(Invocation.parse(typed, model.invocationName()));
        }
        out.println("(console closed)");
    }

    private void turn(Invocation invocation) {
        if (invocation instanceof Launch) {
            out.println("  [LaunchRequest, new session]");
            send(envelopes.launchRequest(session.begin()));
        } else if (invocation instanceof OneShot oneShot) {
            intent(oneShot.request(), session.begin());
        } else if (invocation instanceof InSession inSession) {
            if (!session.isOpen()) {
                out.println("  (no session is open: say \"open " + model.invocationName() + "\" or \"ask "
                        + model.invocationName() + " to ...\"; :quit leaves the console)");
                return;
            }
            intent(inSession.utterance(), session.next());
        }
    }

    private void intent(String utterance, ConsoleSession.Turn turn) {
        Optional<MatchedIntent> matched = matcher.match(utterance);
        if (matched.isEmpty()) {
            out.println("  (no sample matches and the model has no AMAZON.FallbackIntent: Alexa would not"
                    + " reach the skill)");
            session.end();
            return;
        }
        out.println("  [" + describe(matched.get()) + (turn.isNew() ? ", new session]" : "]"));
        send(envelopes.intentRequest(turn, matched.get()));
    }

    private void send(ObjectNode request) {
        try {
            if (options.json()) {
                out.println("--> request");
                out.println(mapper.writeValueAsString(request));
            }
            byte[] reply = endpoint.invoke(mapper.writeValueAsBytes(request));
            if (reply.length == 0) {
                out.println("  (the skill sent no response; Alexa would say there was a problem)");
                session.end();
                return;
            }
            JsonNode response = mapper.readTree(reply);
            if (options.json()) {
                out.println("<-- response");
                out.println(mapper.writeValueAsString(response));
            }
            printReply(response);
        } catch (IOException | RuntimeException e) {
            // On a device the person would hear a generic problem message and the session would close.
            out.println("  (the skill failed: " + e + ")");
            session.end();
        }
    }

    private void printReply(JsonNode response) throws JsonProcessingException {
        JsonNode body = response.path("response");
        out.println("Alexa: " + printer.speech(body.path("outputSpeech")).orElse("(says nothing)"));
        if (options.json()) {
            printer.speech(body.path("reprompt").path("outputSpeech"))
                    .ifPresent(reprompt -> out.println("reprompt: " + reprompt));
        }
        session.afterResponse(response);
        out.println(session.isOpen() ? "(listening...)" : "(session ended)");
    }

    private static String describe(MatchedIntent matched) {
        String slots = matched.slots().stream()
                .filter(fill -> fill.value().isPresent())
                .map(LocalConsole::describe)
                .collect(Collectors.joining(", "));
        return "IntentRequest " + matched.name() + (slots.isEmpty() ? "" : " " + slots);
    }

    private static String describe(SlotFill fill) {
        String heard = fill.name() + "=\"" + fill.value().orElse("") + "\"";
        if (!fill.isCustomType()) {
            return heard;
        }
        return heard + fill.resolution().map(r -> " -> " + r.id()).orElse(" -> no match");
    }

    private void printBanner() {
        out.println("Cramp Coach local console (" + options.locale() + ", skill id " + identity.skillId() + ")");
        out.println("Type what you would say to Alexa:");
        String name = model.invocationName();
        out.printf("  %-34s %s%n", "open " + name, "a new session (LaunchRequest)");
        out.printf("  %-34s %s%n", "ask " + name + " to <request>", "a one-shot: new session, straight to the intent");
        out.printf("  %-34s %s%n", "<request>", "inside an open session");
        out.println("\"stop\", \"cancel\" and \"exit\" go to the skill as on an Echo. Leave the console with :quit"
                + " or Ctrl-D; :help shows this again." + (options.json() ? "" : " --json shows the envelopes."));
    }
}
