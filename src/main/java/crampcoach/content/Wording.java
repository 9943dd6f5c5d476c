package crampcoach.content;

import java.util.Map;
import java.util.Objects;

/**
 * Fills {@code {name}} placeholders in content text. Locale-wide values (the emergency number, the
 * urgent-advice line) are filled when content is loaded; per-turn values (a muscle, a number of
 * seconds) when the sentence is spoken.
 */
public final class Wording {

    private Wording() {
    }

    public static String fill(String template, Map<String, String> values) {
        Objects.requireNonNull(template, "template");
        if (template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder filled = new StringBuilder(template.length() + 32);
        int from = 0;
        while (true) {
            int open = template.indexOf('{', from);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                filled.append(template, from, template.length());
                return filled.toString();
            }
            String name = template.substring(open + 1, close);
            String value = values.get(name);
            filled.append(template, from, open).append(value == null ? template.substring(open, close + 1) : value);
            from = close + 1;
        }
    }

    /** A placeholder still in the text, or an empty string when there is none. */
    static String firstPlaceholder(String text) {
        int open = text.indexOf('{');
        int close = open < 0 ? -1 : text.indexOf('}', open);
        return close < 0 ? "" : text.substring(open, close + 1);
    }
}
