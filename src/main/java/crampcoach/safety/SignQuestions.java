package crampcoach.safety;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The wording from which the gate builds its one yes/no question around the signs a person most likely
 * has, so that "a redback bit me and now I'm cramping" hears "a bite, a sting or a chemical" named
 * rather than a fixed list of chest and stroke signs that the person would truly answer "no" to.
 *
 * <p>A built question's id is {@link #ID_PREFIX} followed by the category ids it names, joined by
 * commas: the session keeps only that id, and {@link #question(String)} rebuilds the same question from
 * it on the next turn, refusing any id it could not have built.
 *
 * @param opening    said first, such as "Before any stretch, one quick check."
 * @param ask        the question with {@code {signs}} where the list of signs goes
 * @param between    between two signs of a longer list
 * @param beforeLast before the last of three or more signs
 * @param pair       between the two signs of a list of two
 * @param reasons    per yes-level, the sentence said before the medical-help answer when the answer is yes
 * @param signs      per category id, how its signs are named, in the lexicon's order
 */
public record SignQuestions(String opening, String ask, String between, String beforeLast, String pair,
        Map<Urgency, String> reasons, Map<String, Sign> signs) {

    public static final String ID_PREFIX = "SIGNS:";
    /** More than four signs is a list no one in pain can hold in mind. */
    public static final int MOST_NAMED = 4;

    /**
     * How one category's signs are named in a question.
     *
     * @param yesLevel what a "yes" means for this category: URGENT or EMERGENCY
     * @param says     a noun phrase that fits the question, such as "chest pain or tightness"
     */
    public record Sign(Urgency yesLevel, String says) {

        public Sign {
            Objects.requireNonNull(yesLevel, "yesLevel");
            if (!yesLevel.atLeast(Urgency.URGENT)) {
                throw new IllegalArgumentException("a sign the gate asks about stops guidance: " + yesLevel);
            }
            if (says == null || says.isBlank()) {
                throw new IllegalArgumentException("a sign needs words to name it");
            }
        }
    }

    public SignQuestions {
        for (String part : new String[] {opening, ask, between, beforeLast, pair}) {
            Objects.requireNonNull(part, "the question's wording");
        }
        if (opening.isBlank() || !ask.contains("{signs}")) {
            throw new IllegalArgumentException("a sign question needs an opening and an ask with {signs}");
        }
        reasons = Map.copyOf(reasons);
        for (Urgency level : new Urgency[] {Urgency.URGENT, Urgency.EMERGENCY}) {
            if (reasons.getOrDefault(level, "").isBlank()) {
                throw new IllegalArgumentException("a sign question needs a reason for a yes at " + level);
            }
        }
        signs = Collections.unmodifiableMap(new LinkedHashMap<>(signs));
        if (signs.isEmpty()) {
            throw new IllegalArgumentException("a sign question needs signs to name");
        }
    }

    /** The question naming the first {@code count} ranked categories that have signs to name; empty when none has. */
    public Optional<SafetyQuestion> naming(List<String> ranked, int count) {
        if (count < 1 || count > MOST_NAMED) {
            throw new IllegalArgumentException("a question names 1 to " + MOST_NAMED + " signs, not " + count);
        }
        List<String> named = new ArrayList<>(count);
        for (String id : ranked) {
            if (named.size() == count) {
                break;
            }
            if (signs.containsKey(id) && !named.contains(id)) {
                named.add(id);
            }
        }
        return named.isEmpty() ? Optional.empty() : Optional.of(build(named));
    }

    /** The question a session named by its id; empty for an id this wording could not have built. */
    public Optional<SafetyQuestion> question(String id) {
        if (!id.startsWith(ID_PREFIX)) {
            return Optional.empty();
        }
        List<String> named = List.of(id.substring(ID_PREFIX.length()).split(",", -1));
        if (named.size() > MOST_NAMED || named.stream().distinct().count() != named.size()
                || !named.stream().allMatch(signs::containsKey)) {
            return Optional.empty();
        }
        return Optional.of(build(named));
    }

    private SafetyQuestion build(List<String> named) {
        Urgency yesLevel = Urgency.URGENT;
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < named.size(); i++) {
            Sign sign = signs.get(named.get(i));
            if (sign.yesLevel().compareTo(yesLevel) > 0) {
                yesLevel = sign.yesLevel();
            }
            if (i > 0) {
                list.append(named.size() == 2 ? pair : i == named.size() - 1 ? beforeLast : between);
            }
            list.append(sign.says());
        }
        String question = opening + " " + ask.replace("{signs}", list);
        return new SafetyQuestion(ID_PREFIX + String.join(",", named), yesLevel, question, reasons.get(yesLevel), named);
    }
}
