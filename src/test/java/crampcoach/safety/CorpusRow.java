package crampcoach.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a safety corpus: {@code phrase<TAB>LEVEL<TAB>CATEGORY}, category "-" for none.
 * Lines starting with "#" are comments.
 */
record CorpusRow(String corpus, int line, String phrase, Urgency expected, Optional<String> category) {

    static final List<String> CORPORA = List.of("red-flags", "ordinary", "held-out", "held-out-2", "held-out-3",
            "blind-set-a", "blind-set-b", "blind-set-c");

    /** The corpora written before the categories of issue 9, each row labelled with the one category the rules name. */
    static final List<String> CATEGORY_EXACT = List.of("red-flags", "held-out", "held-out-2", "held-out-3");

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
        return read(corpus, path, stream);
    }

    /** A corpus file anywhere on disk, such as a new held-out set before it joins the test resources. */
    static List<CorpusRow> loadFile(Path file) {
        String name = file.getFileName().toString();
        String corpus = name.endsWith(".tsv") ? name.substring(0, name.length() - 4) : name;
        try {
            return read(corpus, file.toString(), Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CorpusRow> read(String corpus, String path, InputStream stream) {
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
                Optional<String> category = columns[2].strip().equals("-") ? Optional.empty() : Optional.of(columns[2].strip());
                rows.add(new CorpusRow(corpus, line, columns[0].strip(), Urgency.valueOf(columns[1].strip()), category));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    boolean isRedFlag() {
        return expected != Urgency.NONE;
    }

    /**
     * Safe for this person: a red flag reaches its level or higher, at once or through the one question
     * answered truly; an ordinary phrasing is never told to get help.
     */
    boolean detectedBy(Verdict verdict) {
        return isRedFlag() ? SafetyFixtures.caught(verdict, category.orElseThrow(), expected)
                : !verdict.urgency().atLeast(Urgency.URGENT);
    }

    @Override
    public String toString() {
        return corpus + ".tsv:" + line + " \"" + phrase + "\"";
    }
}
