package crampcoach.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds interactionModel/&lt;locale&gt;.json. The model files are deployment artefacts at the repository
 * root, not classpath resources, so besides the classpath the locator looks in the working directory
 * (where Maven runs the console) and beside the compiled classes (for runs from another directory).
 */
final class ModelLocator {

    private final ObjectMapper mapper;
    private final Path workingDirectory;

    ModelLocator(ObjectMapper mapper, Path workingDirectory) {
        this.mapper = mapper;
        this.workingDirectory = workingDirectory;
    }

    InteractionModel load(String locale) throws IOException {
        String relative = "interactionModel/" + locale + ".json";
        try (InputStream resource = ModelLocator.class.getResourceAsStream("/" + relative)) {
            if (resource != null) {
                return InteractionModel.read(resource, mapper);
            }
        }
        List<Path> tried = new ArrayList<>();
        for (Path base : bases()) {
            Path file = base.resolve(relative).normalize();
            tried.add(file);
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    return InteractionModel.read(in, mapper);
                }
            }
        }
        throw new IOException("No interaction model for locale " + locale + ": not on the classpath and not at "
                + tried + ". Run the console from the repository root, e.g. cd to the folder holding pom.xml"
                + " and run: mvn -q compile exec:java");
    }

    private List<Path> bases() {
        List<Path> bases = new ArrayList<>();
        bases.add(workingDirectory);
        projectRootBesideClasses().ifPresent(bases::add);
        return bases;
    }

    /** target/classes sits two levels below the project root in a Maven build. */
    private static Optional<Path> projectRootBesideClasses() {
        try {
            var source = ModelLocator.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path classes = Path.of(source.getLocation().toURI());
            return Optional.ofNullable(classes.getParent()).map(Path::getParent);
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
