package crampcoach.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crampcoach.content.ContentLibrary;
import crampcoach.content.LocaleContent;
import crampcoach.content.Messages;
import crampcoach.lambda.CrampCoachStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores safety corpora through the whole skill, as a person meets it: each phrase goes in the
 * envelope Alexa would send (ReportSymptomIntent with the phrase in the symptom slot, and
 * StretchIntent for the calf with the phrase in the symptom slot), in each of the five locales,
 * through the Lambda stream handler. The answer is classified as an emergency answer, an urgent
 * answer, advisory, a question, or ordinary guidance. When the skill asks its yes/no question, the
 * person answers it truly: "yes" only when the question names the signs of the row's category, and
 * the answer to that second turn is what counts.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.mainClass=crampcoach.safety.ConfusionReport
 * -Dexec.classpathScope=test -Dexec.args="FILE..."}; with no files it scores every corpus in
 * src/test/resources/safety. Add {@code -Dreport.misses=false} to leave out the list of misses, and
 * {@code -Dreport.asked=true} to list the ordinary phrasings that drew the question (the question
 * budget is spent there).
 */
public final class ConfusionReport {

    static final List<String> LOCALES = List.of("en-US", "en-GB", "en-AU", "en-CA", "en-IN");
    private static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the person hears, from least to most urgent; a question is between advisory and urgent. */
    enum Answer {
        ORDINARY, ADVISORY, QUESTION, URGENT, EMERGENCY;

        /** The urgency an answer acts on; a question left unanswered acts on nothing yet. */
        Urgency level() {
            return switch (this) {
                case EMERGENCY -> Urgency.EMERGENCY;
                case URGENT -> Urgency.URGENT;
                case ADVISORY -> Urgency.ADVISORY;
                case ORDINARY, QUESTION -> Urgency.NONE;
            };
        }
    }

    /**
     * One conversation: the first answer, the question asked (if any) with the person's reply, and the
     * answer that counts.
     */
    record Outcome(Answer first, Optional<String> question, boolean saidYes, Answer last, boolean stretchAfterRedFlag) {
    }

    private final CrampCoachStreamHandler lambda = new CrampCoachStreamHandler();
    private final ContentLibrary library = new ContentLibrary();
    private final PrintStream out;
    private final boolean listMisses;
    private final boolean listAsked;

    ConfusionReport(PrintStream out, boolean listMisses, boolean listAsked) {
        this.out = out;
        this.listMisses = listMisses;
        this.listAsked = listAsked;
    }

    public static void main(String[] args) {
        ConfusionReport report = new ConfusionReport(System.out, !"false".equals(System.getProperty("report.misses")),
                Boolean.getBoolean("report.asked"));
        if (args.length == 0) {
            for (String corpus : CorpusRow.CORPORA) {
                report.print(corpus + ".tsv", CorpusRow.load(corpus));
            }
        } else {
            for (String file : args) {
                report.print(file, CorpusRow.loadFile(Path.of(file)));
            }
        }
    }

    /** Talks the phrase through one session in one locale and intent. */
    Outcome converse(String locale, String intent, CorpusRow row) {
        LocaleContent content = library.forLocale(locale);
        JsonNode response = send(envelope(locale, intent, row.phrase(), true, null));
        Answer first = classify(content, response);
        if (first != Answer.QUESTION) {
            return new Outcome(first, Optional.empty(), false, first, stretchAfterRedFlag(content, first, response));
        }
        Optional<SafetyQuestion> asked = askedQuestion(content, response);
        boolean yes = asked.isPresent() && row.category().map(asked.get()::names).orElse(false);
        ObjectNode reply = envelope(locale, yes ? "AMAZON.YesIntent" : "AMAZON.NoIntent", null, false,
                response.path("sessionAttributes"));
        JsonNode second = send(reply);
        Answer last = classify(content, second);
        return new Outcome(first, asked.map(SafetyQuestion::id), yes, last, stretchAfterRedFlag(content, last, second));
    }

    private void print(String title, List<CorpusRow> rows) {
        long started = System.nanoTime();
        Map<Urgency, int[]> byLevel = new EnumMap<>(Urgency.class); // conversations, caught (>= level), asked
        Map<Urgency, Map<Answer, Integer>> confusion = new EnumMap<>(Urgency.class);
        Map<String, int[]> byLocale = new LinkedHashMap<>(); // red-flag conversations, caught
        int stretchAfterRedFlag = 0;
        int falseAlarmEmergency = 0;
        List<String> misses = new ArrayList<>();
        List<String> askedOrdinary = new ArrayList<>();
        for (CorpusRow row : rows) {
            List<String> missedIn = new ArrayList<>();
            Optional<String> askedHere = Optional.empty();
            for (String locale : LOCALES) {
                for (String intent : List.of("ReportSymptomIntent", "StretchIntent")) {
                    Outcome outcome = converse(locale, intent, row);
                    int[] counts = byLevel.computeIfAbsent(row.expected(), k -> new int[3]);
                    counts[0]++;
                    boolean safe = row.isRedFlag()
                            ? outcome.last().level().atLeast(row.expected())
                            : !outcome.last().level().atLeast(Urgency.URGENT);
                    counts[1] += safe ? 1 : 0;
                    counts[2] += outcome.first() == Answer.QUESTION ? 1 : 0;
                    confusion.computeIfAbsent(row.expected(), k -> new EnumMap<>(Answer.class))
                            .merge(outcome.last(), 1, Integer::sum);
                    if (row.isRedFlag()) {
                        int[] local = byLocale.computeIfAbsent(locale, k -> new int[2]);
                        local[0]++;
                        local[1] += safe ? 1 : 0;
                    } else if (outcome.last() == Answer.EMERGENCY) {
                        falseAlarmEmergency++;
                    }
                    if (outcome.stretchAfterRedFlag()) {
                        stretchAfterRedFlag++;
                        missedIn.add(locale + "/" + intent + " offered a stretch");
                    }
                    if (!safe) {
                        missedIn.add(locale + "/" + shortName(intent) + ": " + describe(outcome));
                    }
                    if (!row.isRedFlag() && outcome.first() == Answer.QUESTION && askedHere.isEmpty()) {
                        askedHere = outcome.question();
                    }
                }
            }
            askedHere.ifPresent(question -> askedOrdinary.add(question + "  " + row));
            if (!missedIn.isEmpty()) {
                misses.add(String.format("  %-6s %-9s %-18s %s%n         %s%n         detector heard: %s",
                        row.isRedFlag() ? "MISSED" : "FALSE+", row.expected(), row.category().orElse("-"), row,
                        summarise(missedIn), SafetyFixtures.detector().heardPhrases(row.phrase())));
            }
        }
        out.println();
        out.printf("=== %s: %d phrasings x %d locales x 2 intents ===%n", title, rows.size(), LOCALES.size());
        printConfusion(confusion);
        out.println();
        for (Urgency level : Urgency.values()) {
            int[] counts = byLevel.get(level);
            if (counts == null) {
                continue;
            }
            if (level == Urgency.NONE) {
                int falseAlarms = counts[0] - counts[1];
                out.printf("  ordinary   false alarms (urgent or emergency answer) %d/%d = %.1f%% (emergency %d); question asked %d/%d = %.1f%%%n",
                        falseAlarms, counts[0], percent(falseAlarms, counts[0]), falseAlarmEmergency,
                        counts[2], counts[0], percent(counts[2], counts[0]));
            } else {
                out.printf("  %-10s recall (at level or higher, a question answered yes counts) %d/%d = %.1f%%; asked first %d%n",
                        level, counts[1], counts[0], percent(counts[1], counts[0]), counts[2]);
            }
        }
        out.printf("  red-flag answers that start or offer a stretch: %d%n", stretchAfterRedFlag);
        StringBuilder locales = new StringBuilder("  red-flag recall by locale:");
        byLocale.forEach((locale, counts) -> locales.append(String.format(" %s %.1f%%", locale, percent(counts[1], counts[0]))));
        out.println(locales);
        out.printf("  (scored in %d ms)%n", (System.nanoTime() - started) / 1_000_000);
        if (listMisses) {
            out.println(misses.isEmpty() ? "  No misses." : "  Misses and false alarms (" + misses.size() + " phrasings):");
            misses.forEach(out::println);
        }
        if (listAsked) {
            out.println("  Ordinary phrasings that drew the question (" + askedOrdinary.size() + "):");
            askedOrdinary.forEach(line -> out.println("  ASKED " + line));
        }
    }

    private void printConfusion(Map<Urgency, Map<Answer, Integer>> confusion) {
        out.println();
        StringBuilder header = new StringBuilder(String.format("  %-16s", "truth \\ answer"));
        for (Answer answer : Answer.values()) {
            header.append(String.format("%11s", answer));
        }
        out.println(header + "   (after the question's reply)");
        for (Urgency expected : Urgency.values()) {
            Map<Answer, Integer> row = confusion.getOrDefault(expected, Map.of());
            StringBuilder line = new StringBuilder(String.format("  %-16s", expected));
            for (Answer answer : Answer.values()) {
                line.append(String.format("%11d", row.getOrDefault(answer, 0)));
            }
            out.println(line);
        }
    }

    private static String describe(Outcome outcome) {
        return outcome.question().map(q -> "asked " + q + ", said " + (outcome.saidYes() ? "yes" : "no") + ", then ")
                .orElse("") + outcome.last();
    }

    private static String shortName(String intent) {
        return intent.replace("Intent", "");
    }

    /** Missed the same way everywhere is one line; otherwise every way it was missed. */
    private static String summarise(List<String> missedIn) {
        List<String> ways = new ArrayList<>();
        for (String missed : missedIn) {
            String way = missed.substring(missed.indexOf(':') + 1).strip();
            String where = missed.substring(0, missed.indexOf(':') < 0 ? missed.length() : missed.indexOf(':'));
            String intent = where.substring(where.indexOf('/') + 1);
            String entry = intent + ": " + way;
            if (!ways.contains(entry)) {
                ways.add(entry);
            }
        }
        return missedIn.size() + " of " + LOCALES.size() * 2 + " conversations: " + String.join("; ", ways);
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private Answer classify(LocaleContent content, JsonNode response) {
        String words = words(response);
        Messages messages = content.messages();
        if (words.contains(messages.text("redFlag.emergency"))) {
            return Answer.EMERGENCY;
        }
        if (words.contains(messages.text("redFlag.urgent"))) {
            return Answer.URGENT;
        }
        if (askedQuestion(content, response).isPresent()) {
            return Answer.QUESTION;
        }
        for (Map.Entry<String, String> message : messages.texts().entrySet()) {
            if (message.getKey().startsWith("advisory.") && words.contains(message.getValue())) {
                return Answer.ADVISORY;
            }
        }
        return Answer.ORDINARY;
    }

    private Optional<SafetyQuestion> askedQuestion(LocaleContent content, JsonNode response) {
        if (response.path("response").path("shouldEndSession").asBoolean(true)) {
            return Optional.empty();
        }
        // The session names the question asked; the person hears its words, which must be in the answer.
        String words = words(response);
        String asked = response.path("sessionAttributes").path("redFlagCheck").asText("");
        return content.redFlags().question(asked).filter(question -> words.contains(question.question()));
    }

    /** An emergency or urgent answer that starts a routine, leaves one under way, or offers one. */
    private boolean stretchAfterRedFlag(LocaleContent content, Answer answer, JsonNode response) {
        if (!answer.level().atLeast(Urgency.URGENT)) {
            return false;
        }
        JsonNode attributes = response.path("sessionAttributes");
        String awaiting = attributes.path("awaiting").asText("");
        if (attributes.has("routine") || List.of("WANTS_STRETCH", "WHERE", "THIGH_SIDE", "EASED").contains(awaiting)) {
            return true;
        }
        String words = words(response);
        Messages messages = content.messages();
        for (String offer : List.of("ask.wantsStretch", "ask.where", "ask.thighSide", "routine.question", "step.question")) {
            if (words.contains(messages.text(offer))) {
                return true;
            }
        }
        return false;
    }

    /** The spoken words: tags removed, entities read back, whitespace collapsed. */
    private static String words(JsonNode response) {
        String ssml = response.path("response").path("outputSpeech").path("ssml").asText("");
        StringBuilder text = new StringBuilder(ssml.length());
        boolean inTag = false;
        for (int i = 0; i < ssml.length(); i++) {
            char c = ssml.charAt(i);
            if (c == '<') {
                inTag = true;
                text.append(' ');
            } else if (c == '>') {
                inTag = false;
            } else if (!inTag) {
                text.append(c);
            }
        }
        String plain = text.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
        return String.join(" ", plain.strip().split("\\s+"));
    }

    private JsonNode send(ObjectNode envelope) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            lambda.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(envelope)), out, null);
            return JSON.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An IntentRequest as Alexa sends it; {@code phrase} goes in the symptom slot when given. */
    private static ObjectNode envelope(String locale, String intent, String phrase, boolean newSession, JsonNode attributes) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("version", "1.0");
        ObjectNode session = envelope.putObject("session");
        session.put("new", newSession);
        session.put("sessionId", "amzn1.echo-api.session.confusion-report");
        session.putObject("application").put("applicationId", SKILL_ID);
        session.set("attributes", attributes == null || !attributes.isObject() ? JSON.createObjectNode() : attributes.deepCopy());
        session.putObject("user").put("userId", "amzn1.ask.account.REPORT");
        ObjectNode system = envelope.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", SKILL_ID);
        system.putObject("user").put("userId", "amzn1.ask.account.REPORT");
        system.putObject("device").put("deviceId", "amzn1.ask.device.REPORT").putObject("supportedInterfaces");
        system.put("apiEndpoint", "https://api.amazonalexa.com");
        ObjectNode request = envelope.putObject("request");
        request.put("type", "IntentRequest");
        request.put("requestId", "amzn1.echo-api.request.confusion-report");
        request.put("timestamp", "2026-11-30T03:12:45Z");
        request.put("locale", locale);
        ObjectNode intentNode = request.putObject("intent");
        intentNode.put("name", intent);
        intentNode.put("confirmationStatus", "NONE");
        ObjectNode slots = intentNode.putObject("slots");
        if (intent.equals("StretchIntent")) {
            slot(slots, "muscle", "calf", "CALF");
        }
        if (phrase != null) {
            slot(slots, "symptom", phrase, null);
        }
        return envelope;
    }

    private static void slot(ObjectNode slots, String name, String heard, String id) {
        ObjectNode slot = slots.putObject(name);
        slot.put("name", name);
        slot.put("value", heard);
        slot.put("confirmationStatus", "NONE");
        slot.put("source", "USER");
        ObjectNode authority = slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
        authority.put("authority", "amzn1.er-authority.echo-sdk." + SKILL_ID + "." + name.toUpperCase(java.util.Locale.ROOT));
        if (id == null) {
            authority.putObject("status").put("code", "ER_SUCCESS_NO_MATCH");
        } else {
            authority.putObject("status").put("code", "ER_SUCCESS_MATCH");
            ObjectNode value = authority.putArray("values").addObject().putObject("value");
            value.put("name", heard);
            value.put("id", id);
        }
    }
}
