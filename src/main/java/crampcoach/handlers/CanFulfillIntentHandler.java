package crampcoach.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.canfulfill.CanFulfillIntent;
import com.amazon.ask.model.canfulfill.CanFulfillIntentRequest;
import com.amazon.ask.model.canfulfill.CanFulfillIntentValues;
import com.amazon.ask.model.canfulfill.CanFulfillSlot;
import com.amazon.ask.model.canfulfill.CanFulfillSlotValues;
import com.amazon.ask.model.canfulfill.CanUnderstandSlotValues;
import crampcoach.content.LocaleContent;
import crampcoach.conversation.IntentNames;
import crampcoach.guidance.MuscleChoice;
import crampcoach.safety.Urgency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Alexa asks, before any session, whether the skill could answer a request such as "how do I stop a
 * calf cramp?", so that it can send it here without the skill's name. The answer is YES only for what
 * the skill truly serves: a stretch for a muscle it has a routine for (or will ask about), a topic this
 * locale has content for, a medicine that resolves to such a topic. Every filled slot is judged on its
 * own. Anything that carries a red flag gets NO: a possible emergency should not be routed to a cramp
 * skill by name-free matching. Alexa accepts no speech in this answer and the skill keeps no state.
 */
public final class CanFulfillIntentHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(CanFulfillIntentRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input);
        Intent intent = ((CanFulfillIntentRequest) input.getRequestEnvelope().getRequest()).getIntent();
        CanFulfillIntent.Builder answer = CanFulfillIntent.builder();
        boolean everySlotFulfilled = true;
        if (intent != null && intent.getSlots() != null) {
            Map<String, CanFulfillSlot> slots = new LinkedHashMap<>();
            for (Map.Entry<String, Slot> slot : intent.getSlots().entrySet()) {
                if (slot.getValue() == null || slot.getValue().getValue() == null) {
                    continue; // Alexa asks only about the slots it filled
                }
                CanFulfillSlot judged = judge(intent, slot.getKey(), turn.content());
                everySlotFulfilled &= judged.getCanFulfill() == CanFulfillSlotValues.YES;
                slots.put(slot.getKey(), judged);
            }
            answer.withSlots(slots);
        }
        boolean redFlag = turn.verdict().urgency().compareTo(Urgency.URGENT) >= 0;
        boolean yes = intent != null && serves(intent.getName(), turn.content()) && everySlotFulfilled && !redFlag;
        answer.withCanFulfill(yes ? CanFulfillIntentValues.YES : CanFulfillIntentValues.NO);
        return input.getResponseBuilder().withCanFulfillIntent(answer.build()).build();
    }

    private static boolean serves(String intentName, LocaleContent content) {
        return IntentNames.STRETCH.equals(intentName) || IntentNames.STEP_BY_STEP.equals(intentName)
                || IntentNames.MEDICINE.equals(intentName) || content.topics().forIntent(intentName).isPresent();
    }

    private static CanFulfillSlot judge(Intent intent, String slotName, LocaleContent content) {
        Optional<String> id = Slots.resolvedId(intent, slotName);
        boolean understood = id.isPresent() && !id.get().equals(Slots.UNRECOGNISED);
        boolean fulfilled;
        if (IntentNames.MUSCLE_SLOT.equals(slotName)) {
            fulfilled = understood && !(new MuscleChoice(content.routines())
                    .choose(id, MuscleChoice.Question.NONE) instanceof MuscleChoice.NoRoutine);
        } else if (IntentNames.MEDICINE_SLOT.equals(slotName)) {
            fulfilled = understood && content.topics().forId(id.get()).isPresent();
        } else {
            // Any other slot (a symptom) is heard by the safety gate, whatever its words.
            fulfilled = true;
        }
        return CanFulfillSlot.builder()
                .withCanUnderstand(understood ? CanUnderstandSlotValues.YES
                        : IntentNames.MUSCLE_SLOT.equals(slotName) || IntentNames.MEDICINE_SLOT.equals(slotName)
                                ? CanUnderstandSlotValues.NO : CanUnderstandSlotValues.MAYBE)
                .withCanFulfill(fulfilled ? CanFulfillSlotValues.YES : CanFulfillSlotValues.NO)
                .build();
    }
}
