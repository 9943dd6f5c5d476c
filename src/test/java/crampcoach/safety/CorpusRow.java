package crampcoach.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a safety corpus: {@code phrase<TAB>LEVEL<TAB>CATEGORY}, category "-" for none.
 * Lines starting with "#" are comments.
 */
record CorpusRow(String corpus, int line, String phrase, Urgency expected, Optional<String> category) {

    static final List<String> CORPORA = List.of("red-flags", "ordinary", "held-out", "held-out-2", "held-out-3");

    CorpusRow {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(category, "category");
    }

    static List<CorpusRow> load(String corpus) {
        String path = "/safety/" + corpus + ".tsv";
        InputStream stream = CorpusRow.class.getResourceAsStream(path);
        if (stream == null) {
            throw new IllegalStateException("missing test resource " + path);
        }
        List<CorpusRow> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] columns = text.split("\t");
                if (columns.length != 3) {
                    throw new IllegalStateException(path + ":" + line + " needs three tab-separated columns");
                }
                Optional<String> category = columns[2].equals("-") ? Optional.empty() : Optional.of(columns[2]);
                rows.add(new CorpusRow(corpus, line, columns[0], Urgency.valueOf(columns[1]), category));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    boolean isRedFlag() {
        return expected != Urgency.NONE;
    }

    /** Detected at the expected level or higher: the only outcome that is safe. */
    boolean detectedBy(Verdict verdict) {
        return isRedFlag() ? verdict.urgency().atLeast(expected) : verdict.urgency() == Urgency.NONE;
    }

    @Override
    public String toString() {
        return corpus + ".tsv:" + line + " \"" + phrase + "\"";
    }
}
