package crampcoach.safety;

import java.util.List;

/**
 * A second reader of what was heard, beside the rules: it may add suspicion (the gate then asks one
 * yes/no question before any stretch) but never lowers a verdict the rules are sure of.
 */
public interface SecondOpinion {

    /** Whether the utterance, as {@link TextNormaliser} normalised it (words joined by single spaces), might hide a red flag. */
    boolean suspectsRedFlag(String normalisedUtterance);

    /**
     * The red-flag category ids whose signs the utterance most likely describes, most likely first, so
     * that the one question can name them; empty when this opinion cannot say (the question then names
     * a fixed list).
     */
    /**
     * Whether words in which the rules heard a red flag sound plainly ordinary all the same ("the song
     * on the radio is called breathless"): then the gate is not sure, and asks its one question, naming
     * the rules' sign first, instead of answering.
     */
    default boolean soundsPlainlyOrdinary(String normalisedUtterance) {
        return false;
    }

    default List<String> likelySigns(String normalisedUtterance) {
        return List.of();
    }

    /**
     * Whether a red flag the rules call urgent sounds like an emergency in the telling ("so weak I can
     * barely stand", "swelling up huge"). Consulted only when the rules are sure help is needed: it may
     * raise their urgent to an emergency, never lower anything.
     */
    default boolean suspectsEmergency(String normalisedUtterance) {
        return false;
    }
}
