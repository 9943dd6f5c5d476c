package crampcoach.conversation;

import crampcoach.content.LocaleContent;
import crampcoach.content.Messages;
import crampcoach.safety.Urgency;
import crampcoach.safety.Verdict;
import crampcoach.speech.Speech;
import crampcoach.speech.SpeechBuilder;

/**
 * The reply to a red flag: one sentence on why, then plainly what to do. It ends the session, so no
 * stretch or timer carries on, and leaves the same words on a card in the Alexa app.
 */
public final class MedicalHelp {

    private MedicalHelp() {
    }

    public static Reply reply(LocaleContent content, Verdict verdict) {
        Messages messages = content.messages();
        String reason = verdict.category().flatMap(content::redFlagReason)
                .orElseGet(() -> messages.text("redFlag.reason.unknown"));
        String action = messages.text(verdict.urgency() == Urgency.EMERGENCY ? "redFlag.emergency" : "redFlag.urgent");
        Speech speech = new SpeechBuilder().say(reason).say(action).build();
        return Reply.end(speech)
                .withCard(new Reply.Card(messages.text("redFlag.card.title"), reason + " " + action))
                .withoutDisclaimer();
    }
}
