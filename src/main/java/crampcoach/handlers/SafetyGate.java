package crampcoach.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.canfulfill.CanFulfillIntentRequest;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import crampcoach.safety.Urgency;
import crampcoach.safety.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The red-flag check every request passes before any handler may speak. It reads every slot of every
 * intent, what was heard and what it resolved to, because Alexa sends the skill nothing else of what a
 * person said. A verdict of urgent or worse sets {@link #STOP_ATTRIBUTE}, which only the red-flag
 * handler (registered first) answers.
 */
public final class SafetyGate implements RequestInterceptor {

    /** Request attribute set to {@code true} when guidance must stop for medical help. */
    static final String STOP_ATTRIBUTE = "crampcoach.stopForMedicalHelp";

    private static final Logger LOG = LoggerFactory.getLogger(SafetyGate.class);

    @Override
    public void process(HandlerInput input) {
        Turn turn = Turn.of(input);
        List<String> heard = heard(input);
        Verdict verdict = heard.isEmpty() ? Verdict.none() : turn.content().redFlags().assess(heard);
        Map<String, Object> requestAttributes = input.getAttributesManager().getRequestAttributes();
        requestAttributes.put(Turn.ATTRIBUTE, turn.withVerdict(verdict));
        if (verdict.urgency().compareTo(Urgency.URGENT) >= 0) {
            requestAttributes.put(STOP_ATTRIBUTE, Boolean.TRUE);
            // The category only, never the words: what a person says about their health is not logged.
            LOG.info("red flag: {} {}", verdict.urgency(), verdict.category().orElse("-"));
        }
    }

    static List<String> heard(HandlerInput input) {
        List<String> heard = new ArrayList<>();
        Request request = input.getRequestEnvelope().getRequest();
        // A can-fulfil request carries the same slots; its handler answers NO past a red flag.
        Intent intent = request instanceof IntentRequest intentRequest ? intentRequest.getIntent()
                : request instanceof CanFulfillIntentRequest canFulfill ? canFulfill.getIntent() : null;
        if (intent != null && intent.getSlots() != null) {
            for (Slot slot : intent.getSlots().values()) {
                addHeard(slot, heard);
            }
        }
        return heard;
    }

    private static void addHeard(Slot slot, List<String> heard) {
        if (slot == null) {
            return;
        }
        if (slot.getValue() != null && !slot.getValue().isBlank()) {
            heard.add(slot.getValue());
        }
        if (slot.getResolutions() != null && slot.getResolutions().getResolutionsPerAuthority() != null) {
            for (Resolution resolution : slot.getResolutions().getResolutionsPerAuthority()) {
                if (resolution.getValues() == null) {
                    continue;
                }
                for (ValueWrapper wrapper : resolution.getValues()) {
                    if (wrapper.getValue() != null && wrapper.getValue().getName() != null) {
                        heard.add(wrapper.getValue().getName());
                    }
                }
            }
        }
    }
}
