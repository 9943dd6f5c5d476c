package crampcoach.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The canned Alexa request envelopes of a folder: one file per intent, named after it. */
final class CannedRequests {

    /** One request envelope and the name it is reported under (its file name without ".json"). */
    record Canned(String name, byte[] body) {
        Canned {
            if (name.isBlank() || body.length == 0) {
                throw new IllegalArgumentException("empty canned request " + name);
            }
        }
    }

    private CannedRequests() {
    }

    /** Every {@code *.json} file of the folder, in file-name order so that reports line up run to run. */
    static List<Canned> load(Path folder) throws IOException {
        List<Canned> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.json$", "");
                all.add(new Canned(name, Files.readAllBytes(file)));
            }
        }
        if (all.isEmpty()) {
            throw new IOException("no *.json requests in " + folder);
        }
        return all;
    }
}
