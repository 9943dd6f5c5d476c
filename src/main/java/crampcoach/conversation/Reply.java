package crampcoach.conversation;

import crampcoach.speech.Speech;
import crampcoach.speech.SpeechBuilder;
import java.util.Objects;
import java.util.Optional;

/**
 * What a handler wants to say and how the conversation goes on.
 *
 * @param speech     what to say
 * @param question   asked at the end and again as the reprompt; empty when the session ends
 * @param next       the session state for the next turn
 * @param card       a short text for the Alexa app, for answers worth reading later
 * @param disclaimer whether the one-sentence disclaimer may be added if it hasn't been said yet
 * @param reprompt   said if the person stays silent, when it is not simply the question again
 * @param medicalHelp whether this sends the person for medical help: said plainly at any hour, never softly
 */
public record Reply(Speech speech, Optional<String> question, SessionState next, Optional<Card> card, boolean disclaimer,
        Optional<String> reprompt, boolean medicalHelp) {

    /** A card in the Alexa app: a title and plain text. */
    public record Card(String title, String text) {
        public Card {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
        }
    }

    public Reply {
        Objects.requireNonNull(speech, "speech");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(reprompt, "reprompt");
    }

    public Reply(Speech speech, Optional<String> question, SessionState next, Optional<Card> card, boolean disclaimer) {
        this(speech, question, next, card, disclaimer, Optional.empty());
    }

    /** A reply that does not send the person for medical help. */
    public Reply(Speech speech, Optional<String> question, SessionState next, Optional<Card> card, boolean disclaimer,
            Optional<String> reprompt) {
        this(speech, question, next, card, disclaimer, reprompt, false);
    }

    /** Asks a question; silence gets {@code reprompt} instead of the question again. */
    public static Reply ask(Speech speech, String question, String reprompt, SessionState next) {
        return new Reply(speech, Optional.of(question), next, Optional.empty(), true, Optional.of(reprompt));
    }

    /** Says something, asks a question and keeps listening. */
    public static Reply ask(Speech speech, String question, SessionState next) {
        return new Reply(speech, Optional.of(question), next, Optional.empty(), true);
    }

    /** Says something and ends the session; a closing line never carries the disclaimer after it. */
    public static Reply end(Speech speech) {
        return new Reply(speech, Optional.empty(), SessionState.fresh(), Optional.empty(), false);
    }

    /** What silence hears: the reprompt, or the question again. */
    public Optional<String> silence() {
        return reprompt.or(() -> question);
    }

    public boolean endsSession() {
        return question.isEmpty();
    }

    public Reply withCard(Card newCard) {
        return new Reply(speech, question, next, Optional.of(newCard), disclaimer, reprompt, medicalHelp);
    }

    /** The same reply with something said before it. */
    public Reply after(Speech before) {
        return new Reply(new SpeechBuilder().append(before).append(speech).build(), question, next, card, disclaimer, reprompt, medicalHelp);
    }

    /** Leaves the disclaimer out: a question that only narrows things down leaves it to the answer after it. */
    public Reply withoutDisclaimer() {
        return new Reply(speech, question, next, card, false, reprompt, medicalHelp);
    }

    /** Marks a reply that sends the person for medical help. */
    public Reply forMedicalHelp() {
        return new Reply(speech, question, next, card, disclaimer, reprompt, true);
    }
}
