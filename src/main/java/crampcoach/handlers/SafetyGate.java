package crampcoach.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.ListSlotValue;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.SimpleSlotValue;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SlotValue;
import com.amazon.ask.model.canfulfill.CanFulfillIntentRequest;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.Resolutions;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import crampcoach.safety.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The red-flag check every request passes before any handler may speak. It reads every slot of every
 * intent, what was heard and what it resolved to, single values and multi-value lists alike, because
 * Alexa sends the skill nothing else of what a person said. A verdict that stops guidance sets
 * {@link #STOP_ATTRIBUTE}, which only the red-flag handler (registered first) answers; a verdict that
 * asks first sets {@link #ASK_ATTRIBUTE}, which only the safety question handler (registered next)
 * answers, once per session.
 */
public final class SafetyGate implements RequestInterceptor {

    /** Request attribute set to {@code true} when guidance must stop for medical help. */
    static final String STOP_ATTRIBUTE = "crampcoach.stopForMedicalHelp";

    /** Request attribute set to {@code true} when one yes/no safety question must come first. */
    static final String ASK_ATTRIBUTE = "crampcoach.askSafetyQuestion";

    private static final Logger LOG = LoggerFactory.getLogger(SafetyGate.class);

    @Override
    public void process(HandlerInput input) {
        Turn turn = Turn.of(input);
        Heard heard = heard(input);
        Verdict verdict = heard.isEmpty() ? Verdict.none() : turn.content().redFlags().assess(heard.said(), heard.catalogued());
        if (verdict.asksFirst() && turn.state().redFlagAsked()) {
            verdict = verdict.withoutQuestion(); // one question a session at most; a doubted red flag stands
        }
        Map<String, Object> requestAttributes = input.getAttributesManager().getRequestAttributes();
        requestAttributes.put(Turn.ATTRIBUTE, turn.withVerdict(verdict));
        if (verdict.stopsGuidance()) {
            requestAttributes.put(STOP_ATTRIBUTE, Boolean.TRUE);
            // The category only, never the words: what a person says about their health is not logged.
            LOG.info("red flag: {} {}", verdict.urgency(), verdict.category().orElse("-"));
        } else if (verdict.asksFirst()) {
            requestAttributes.put(ASK_ATTRIBUTE, Boolean.TRUE);
        }
    }

    /**
     * What the slots carried: {@code said} are values the interaction model did not match to a value of
     * its own slot types (free speech, search queries, anything unresolved or odd), {@code catalogued}
     * the values it matched and the names they resolved to.
     */
    record Heard(List<String> said, List<String> catalogued) {

        boolean isEmpty() {
            return said.isEmpty() && catalogued.isEmpty();
        }
    }

    static Heard heard(HandlerInput input) {
        Heard heard = new Heard(new ArrayList<>(), new ArrayList<>());
        Request request = input.getRequestEnvelope().getRequest();
        // A can-fulfil request carries the same slots; its handler answers NO past a red flag.
        Intent intent = request instanceof IntentRequest intentRequest ? intentRequest.getIntent()
                : request instanceof CanFulfillIntentRequest canFulfill ? canFulfill.getIntent() : null;
        if (intent != null && intent.getSlots() != null) {
            for (Slot slot : intent.getSlots().values()) {
                if (slot != null) {
                    addHeard(slot.getValue(), slot.getResolutions(), heard);
                    addHeard(slot.getSlotValue(), heard);
                }
            }
        }
        return heard;
    }

    /** A slot's {@code slotValue}: one value, or a list of them (multi-value slots), nested as Alexa sends it. */
    private static void addHeard(SlotValue value, Heard heard) {
        if (value instanceof SimpleSlotValue simple) {
            addHeard(simple.getValue(), simple.getResolutions(), heard);
        } else if (value instanceof ListSlotValue list && list.getValues() != null) {
            for (SlotValue each : list.getValues()) {
                addHeard(each, heard);
            }
        }
    }

    private static void addHeard(String value, Resolutions resolutions, Heard heard) {
        if (value != null && !value.isBlank()) {
            (matched(resolutions) ? heard.catalogued() : heard.said()).add(value);
        }
        if (resolutions != null && resolutions.getResolutionsPerAuthority() != null) {
            for (Resolution resolution : resolutions.getResolutionsPerAuthority()) {
                if (resolution == null || resolution.getValues() == null) {
                    continue;
                }
                for (ValueWrapper wrapper : resolution.getValues()) {
                    if (wrapper != null && wrapper.getValue() != null && wrapper.getValue().getName() != null) {
                        heard.catalogued().add(wrapper.getValue().getName());
                    }
                }
            }
        }
    }

    /** Whether some authority matched the value to one of the skill's own slot values ({@code ER_SUCCESS_MATCH}). */
    private static boolean matched(Resolutions resolutions) {
        if (resolutions == null || resolutions.getResolutionsPerAuthority() == null) {
            return false;
        }
        for (Resolution resolution : resolutions.getResolutionsPerAuthority()) {
            if (resolution != null && resolution.getStatus() != null && resolution.getStatus().getCode() != null
                    && resolution.getStatus().getCode() == StatusCode.ER_SUCCESS_MATCH
                    && resolution.getValues() != null && !resolution.getValues().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
