package crampcoach.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The real en-US model and built-in phrases, read the way the console reads them. */
final class Fixtures {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {
    }

    static InteractionModel model(String locale) {
        try {
            return new ModelLocator(MAPPER, Path.of("").toAbsolutePath()).load(locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UtteranceMatcher matcher(String locale) {
        return new UtteranceMatcher(model(locale), BuiltinUtterances.fromClasspath(MAPPER));
    }
}
