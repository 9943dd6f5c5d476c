package crampcoach.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import java.util.Optional;

/** Reads what a slot resolved to, the way Alexa's entity resolution reports it. */
final class Slots {

    /** The id for a muscle that was named but is not one the model knows. */
    static final String UNRECOGNISED = "UNRECOGNISED";

    private Slots() {
    }

    /**
     * The resolved value id of a slot; {@link #UNRECOGNISED} when something was said that did not
     * resolve; empty when the slot was not filled.
     */
    static Optional<String> resolvedId(HandlerInput input, String slotName) {
        if (!(input.getRequestEnvelope().getRequest() instanceof IntentRequest request)) {
            return Optional.empty();
        }
        return resolvedId(request.getIntent(), slotName);
    }

    /** The same for an intent as a can-fulfil request carries it. */
    static Optional<String> resolvedId(Intent intent, String slotName) {
        if (intent == null || intent.getSlots() == null) {
            return Optional.empty();
        }
        Slot slot = intent.getSlots().get(slotName);
        if (slot == null || slot.getValue() == null || slot.getValue().isBlank()) {
            return Optional.empty();
        }
        if (slot.getResolutions() != null && slot.getResolutions().getResolutionsPerAuthority() != null) {
            for (Resolution resolution : slot.getResolutions().getResolutionsPerAuthority()) {
                if (resolution.getStatus() != null && resolution.getStatus().getCode() == StatusCode.ER_SUCCESS_MATCH
                        && resolution.getValues() != null && !resolution.getValues().isEmpty()
                        && resolution.getValues().get(0).getValue() != null
                        && resolution.getValues().get(0).getValue().getId() != null) {
                    return Optional.of(resolution.getValues().get(0).getValue().getId());
                }
            }
        }
        return Optional.of(UNRECOGNISED);
    }
}
