package crampcoach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dependencies point one way: the modules under the handlers know nothing of the ASK SDK or of them. */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/crampcoach");

    @ParameterizedTest
    @ValueSource(strings = {"guidance", "safety", "speech", "content", "json", "conversation"})
    void modules_do_not_import_the_sdk_or_the_handlers(String module) {
        assertEquals(List.of(), sourcesUnder(SOURCES.resolve(module), source -> source.contains("import com.amazon.ask")
                || source.contains("crampcoach.handlers") || source.contains("crampcoach.skill")
                || source.contains("crampcoach.lambda")));
    }

    /**
     * The first ObjectMapper a JVM builds costs about 200 ms of CPU on a cold Lambda; the skill reads
     * and writes JSON with the streaming parser instead (crampcoach.json, crampcoach.envelope), and
     * only the local console, which never runs on Lambda, may build one.
     */
    @Test
    void nothing_on_the_lambda_path_builds_an_object_mapper() {
        Path console = SOURCES.resolve("console");
        assertEquals(List.of(), sourcesUnder(SOURCES, source -> source.contains("ObjectMapper(")).stream()
                .filter(file -> !Path.of(file).startsWith(console))
                .toList());
    }

    /** The Java files under {@code root} whose source text matches. */
    private static List<String> sourcesUnder(Path root, Predicate<String> matches) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> matches.test(read(file)))
                    .map(Path::toString)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
