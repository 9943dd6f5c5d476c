package crampcoach.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a heard string into lower-case words with contractions spelled out, so that "can't",
 * "cant" and "cannot" all reach the lexicon as "can not", and "my leg's numb" as "my leg is numb".
 * Everything that is not a letter, digit or apostrophe separates words. Initials spelled out letter
 * by letter, as speech recognition writes them ("d. v. t.", "m s"), are joined into one word ("dvt",
 * "ms"); "a" and "i" are words of their own and never start or join such a run.
 */
final class TextNormaliser {

    private final Map<String, String> contractedWords;
    private final List<Map.Entry<String, String>> endingsLongestFirst;

    TextNormaliser(Map<String, String> contractedWords, Map<String, String> contractedEndings) {
        this.contractedWords = Map.copyOf(contractedWords);
        // "n't" must be tried before "'t"-like shorter endings that a locale might add. For a handful
        // of entries a stable insertion sort does it without a comparator class or stream.
        List<Map.Entry<String, String>> sorted = new ArrayList<>(contractedEndings.size());
        for (Map.Entry<String, String> ending : contractedEndings.entrySet()) {
            int at = sorted.size();
            while (at > 0 && sorted.get(at - 1).getKey().length() < ending.getKey().length()) {
                at--;
            }
            sorted.add(at, Map.entry(ending.getKey(), ending.getValue()));
        }
        this.endingsLongestFirst = List.copyOf(sorted);
    }

    List<String> words(String heard) {
        String text = heard.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '\'') {
                current.append(c);
            } else if (current.length() > 0) {
                expand(current.toString(), words);
                current.setLength(0);
            }
        }
        return joinInitials(words);
    }

    private static List<String> joinInitials(List<String> words) {
        List<String> joined = null;
        int i = 0;
        while (i < words.size()) {
            int end = i;
            while (end < words.size() && isInitial(words.get(end))) {
                end++;
            }
            if (end - i >= 2) {
                if (joined == null) {
                    joined = new ArrayList<>(words.subList(0, i));
                }
                StringBuilder initials = new StringBuilder(end - i);
                for (int j = i; j < end; j++) {
                    initials.append(words.get(j));
                }
                joined.add(initials.toString());
                i = end;
            } else {
                if (joined != null) {
                    joined.add(words.get(i));
                }
                i++;
            }
        }
        return joined == null ? words : joined;
    }

    private static boolean isInitial(String word) {
        if (word.length() != 1) {
            return false;
        }
        char c = word.charAt(0);
        return c >= 'b' && c <= 'z' && c != 'i';
    }

    private void expand(String raw, List<String> into) {
        String word = strip(raw);
        if (word.isEmpty()) {
            return;
        }
        String spelled = contractedWords.get(word);
        if (spelled == null && word.indexOf('\'') > 0) {
            spelled = spellEnding(word);
        }
        String result = spelled == null ? word : spelled;
        for (String part : Phrase.words(result)) {
            String clean = part.replace("'", "");
            if (!clean.isEmpty()) {
                into.add(clean);
            }
        }
    }

    private String spellEnding(String word) {
        for (Map.Entry<String, String> ending : endingsLongestFirst) {
            if (word.endsWith(ending.getKey()) && word.length() > ending.getKey().length()) {
                return word.substring(0, word.length() - ending.getKey().length()) + ending.getValue();
            }
        }
        return null;
    }

    /** Quotes around a word ('numb') are not part of it. */
    private static String strip(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && raw.charAt(start) == '\'') {
            start++;
        }
        while (end > start && raw.charAt(end - 1) == '\'') {
            end--;
        }
        return raw.substring(start, end);
    }
}
