package crampcoach.conversation;

import crampcoach.content.LocaleContent;
import crampcoach.content.Messages;
import crampcoach.safety.Urgency;
import crampcoach.safety.Verdict;
import crampcoach.speech.Speech;
import crampcoach.speech.SpeechBuilder;

/**
 * The reply to a red flag: one sentence on why, then plainly what to do. It ends the session, so no
 * stretch or timer carries on, and leaves the same words on a card in the Alexa app, numbers in digits.
 */
public final class MedicalHelp {

    private MedicalHelp() {
    }

    public static Reply reply(LocaleContent content, Verdict verdict) {
        String reason = verdict.category().flatMap(content::redFlagReason)
                .orElseGet(() -> content.messages().text("redFlag.reason.unknown"));
        return reply(content, verdict.urgency(), reason);
    }

    /** The same answer with a reason of the caller's, such as a routine's safety question answered yes. */
    public static Reply reply(LocaleContent content, Urgency urgency, String reason) {
        Messages messages = content.messages();
        String action = urgency == Urgency.EMERGENCY ? "redFlag.emergency" : "redFlag.urgent";
        Speech speech = new SpeechBuilder().say(reason).say(messages.text(action)).build();
        return Reply.end(speech)
                .withCard(new Reply.Card(messages.written("redFlag.card.title"), reason + " " + messages.written(action)))
                .forMedicalHelp();
    }
}
