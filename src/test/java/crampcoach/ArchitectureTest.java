package crampcoach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dependencies point one way: the modules under the handlers know nothing of the ASK SDK or of them. */
class ArchitectureTest {

    @ParameterizedTest
    @ValueSource(strings = {"guidance", "safety", "speech", "content", "json"})
    void modules_do_not_import_the_sdk_or_the_handlers(String module) {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/crampcoach", module))) {
            List<String> offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> {
                        try {
                            String source = Files.readString(file);
                            return source.contains("import com.amazon.ask") || source.contains("crampcoach.handlers")
                                    || source.contains("crampcoach.skill") || source.contains("crampcoach.lambda");
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString)
                    .toList();
            assertEquals(List.of(), offenders);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first ObjectMapper a JVM builds costs about 200 ms of CPU on a cold Lambda; the skill reads
     * and writes JSON with the streaming parser instead (crampcoach.json, crampcoach.envelope), and
     * only the local console, which never runs on Lambda, may build one.
     */
    @Test
    void nothing_on_the_lambda_path_builds_an_object_mapper() {
        Path console = Path.of("src/main/java/crampcoach/console");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/crampcoach"))) {
            List<String> offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.startsWith(console))
                    .filter(file -> {
                        try {
                            return Files.readString(file).contains("ObjectMapper(");
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString)
                    .toList();
            assertEquals(List.of(), offenders);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
