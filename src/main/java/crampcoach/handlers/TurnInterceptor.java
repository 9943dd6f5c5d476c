package crampcoach.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import crampcoach.content.ContentLibrary;
import crampcoach.content.LocaleContent;
import crampcoach.conversation.SessionAttributes;
import crampcoach.safety.Verdict;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the locale's content and reads the session state before any handler runs. */
public final class TurnInterceptor implements RequestInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(TurnInterceptor.class);

    private final ContentLibrary library;

    public TurnInterceptor(ContentLibrary library) {
        this.library = library;
    }

    @Override
    public void process(HandlerInput input) {
        String locale = input.getRequestEnvelope().getRequest().getLocale();
        if (!library.knows(locale)) {
            LOG.warn("no content for locale {}; answering from the English base", locale);
        }
        LocaleContent content = library.forLocale(locale);
        Map<String, Object> attributes = input.getRequestEnvelope().getSession() == null
                ? Map.of()
                : input.getAttributesManager().getSessionAttributes();
        SessionAttributes.Read read = SessionAttributes.read(attributes, content.routines());
        if (read.tampered()) {
            LOG.warn("session attributes did not fit and were dropped: {}", read.discarded());
        }
        input.getAttributesManager().getRequestAttributes()
                .put(Turn.ATTRIBUTE, new Turn(content, read.state(), Verdict.none()));
    }
}
