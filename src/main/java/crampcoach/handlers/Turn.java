package crampcoach.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import crampcoach.content.LocaleContent;
import crampcoach.conversation.Coach;
import crampcoach.conversation.SessionState;
import crampcoach.safety.Verdict;
import java.util.Objects;

/**
 * What every handler needs to know about the current request, worked out once by the interceptors:
 * the locale's content, the session state read back from Alexa, and the safety verdict.
 */
record Turn(LocaleContent content, SessionState state, Verdict verdict) {

    static final String ATTRIBUTE = "crampcoach.turn";

    Turn {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(verdict, "verdict");
    }

    static Turn of(HandlerInput input) {
        Object turn = input.getAttributesManager().getRequestAttributes().get(ATTRIBUTE);
        if (turn instanceof Turn known) {
            return known;
        }
        throw new IllegalStateException("the turn interceptor did not run for this request");
    }

    Turn withVerdict(Verdict newVerdict) {
        return new Turn(content, state, newVerdict);
    }

    Turn withContent(LocaleContent deviceContent) {
        return new Turn(deviceContent, state, verdict);
    }

    /** The conversation's coach for this turn. */
    Coach coach() {
        return new Coach(content, state, verdict);
    }
}
