package crampcoach.console;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises typed text and model phrases to one comparable form, so that matching is insensitive to
 * case and punctuation but keeps the apostrophes that tell "its" from "it's".
 */
final class SpokenText {

    private static final Pattern NOT_SPOKEN = Pattern.compile("[^\\p{L}\\p{Nd}'\\s]");
    // A quote mark around a word is punctuation, an apostrophe inside one is part of the word.
    private static final Pattern LOOSE_APOSTROPHE = Pattern.compile("(?<!\\p{L})'|'(?!\\p{L})");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SpokenText() {
    }

    static String normalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        String spoken = NOT_SPOKEN.matcher(lower).replaceAll(" ");
        spoken = LOOSE_APOSTROPHE.matcher(spoken).replaceAll(" ");
        return SPACES.matcher(spoken).replaceAll(" ").strip();
    }
}
