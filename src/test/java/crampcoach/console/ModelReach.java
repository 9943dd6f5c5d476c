package crampcoach.console;

import crampcoach.content.ContentLibrary;
import crampcoach.safety.RedFlagDetector;
import crampcoach.safety.Urgency;
import crampcoach.safety.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How many corpus phrasings reach the safety gate through the interaction model, as the console's
 * matcher stands in for Alexa's: each phrase is said alone and after a short carrier ("i think ...",
 * "help ..."), matched to an intent, and the slot values the match captured go to the detector. A
 * phrasing reaches the gate when the captured values get the same safe outcome as the whole phrase
 * (a red flag caught at its level, at once or by the question; an ordinary phrase not flagged).
 * Run with {@code mvn -q test-compile exec:java -Dexec.mainClass=crampcoach.console.ModelReach
 * -Dexec.classpathScope=test -Dexec.args="FILE..."}.
 */
public final class ModelReach {

    private static final List<String> CARRIERS = List.of("", "i think ", "help ", "so ", "um ");
    private static final List<String> LOCALES = List.of("en-US", "en-GB", "en-AU", "en-CA", "en-IN");

    private ModelReach() {
    }

    public static void main(String[] args) throws IOException {
        ContentLibrary library = new ContentLibrary();
        RedFlagDetector detector = library.forLocale("en-US").redFlags();
        for (String locale : LOCALES) {
            UtteranceMatcher matcher = Fixtures.matcher(locale);
            for (String file : args) {
                int rows = 0;
                int reached = 0;
                int tries = 0;
                int bareReached = 0;
                List<String> lost = new ArrayList<>();
                for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] columns = line.split("\t");
                    String phrase = columns[0].strip();
                    Urgency expected = Urgency.valueOf(columns[1].strip());
                    Optional<String> category = columns[2].strip().equals("-") ? Optional.empty() : Optional.of(columns[2].strip());
                    rows++;
                    for (String carrier : CARRIERS) {
                        tries++;
                        Optional<MatchedIntent> match = matcher.matchSample(carrier + phrase);
                        List<String> heard = new ArrayList<>();
                        match.ifPresent(m -> m.slots().forEach(slot -> {
                            slot.value().ifPresent(heard::add);
                            slot.resolution().ifPresent(r -> heard.add(r.name()));
                        }));
                        boolean ok = safe(detector, detector.assess(heard), expected, category);
                        reached += ok ? 1 : 0;
                        bareReached += ok && carrier.isEmpty() ? 1 : 0;
                        if (!ok && !carrier.isEmpty() && lost.size() < 15) {
                            lost.add("    \"" + carrier + phrase + "\" -> " + match.map(MatchedIntent::name).orElse("no match"));
                        }
                    }
                }
                int carried = reached - bareReached;
                int carriedTries = tries - rows;
                System.out.printf("%s %s: %d phrasings reach the gate with the same outcome: said bare %d/%d (%.1f%%), after a carrier %d/%d (%.1f%%)%n",
                        locale, file, rows, bareReached, rows, 100.0 * bareReached / rows, carried, carriedTries, 100.0 * carried / carriedTries);
                if (locale.equals("en-US")) {
                    lost.forEach(System.out::println);
                }
            }
        }
    }

    private static boolean safe(RedFlagDetector detector, Verdict verdict, Urgency expected, Optional<String> category) {
        if (expected == Urgency.NONE) {
            return !verdict.stopsGuidance();
        }
        if (verdict.urgency().atLeast(expected)) {
            return true;
        }
        return verdict.question().flatMap(detector::question)
                .filter(q -> q.names(category.orElseThrow()) && q.yesLevel().atLeast(expected)).isPresent();
    }
}
