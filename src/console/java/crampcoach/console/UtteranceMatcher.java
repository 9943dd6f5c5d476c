package crampcoach.console;

import crampcoach.console.InteractionModel.Intent;
import crampcoach.console.InteractionModel.Slot;
import crampcoach.console.MatchedIntent.Resolution;
import crampcoach.console.MatchedIntent.SlotFill;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Picks the intent and slots for typed text from the model's samples, deterministically: the whole text
 * must match a sample; a custom slot must be one of its type's values or synonyms, a built-in slot type
 * takes any words. Of several matching samples the one with the most literal characters wins, then the
 * one with fewer slots, then the earlier one in the model. This is much stricter than Alexa's
 * statistical NLU, which is the point: a dialog test through the console shows exactly which sample
 * carried it, and text no sample covers goes to AMAZON.FallbackIntent as it would on a device.
 */
final class UtteranceMatcher {

    private static final Pattern SLOT_REFERENCE = Pattern.compile("\\{(\\w+)\\}");
    private static final Pattern PLACEHOLDER = Pattern.compile("zqslot([a-z])qz");

    private final List<CompiledSample> samples;
    private final Map<String, Map<String, Resolution>> valuesByType;
    private final Optional<Intent> fallback;

    UtteranceMatcher(InteractionModel model, BuiltinUtterances builtins) {
        this.valuesByType = valuesByType(model);
        List<CompiledSample> compiled = new ArrayList<>();
        for (Intent intent : model.intents()) {
            List<String> phrases = new ArrayList<>(intent.samples());
            // Only built-ins the model declares reach a skill, so phrases follow the model's intent list.
            phrases.addAll(builtins.phrases(intent.name()));
            for (String phrase : phrases) {
                compile(intent, phrase).ifPresent(sample -> compiled.add(sample.at(compiled.size())));
            }
        }
        this.samples = List.copyOf(compiled);
        this.fallback = model.intent(MatchedIntent.FALLBACK);
    }

    /** The matched intent, the fallback intent when nothing matches, or empty if the model has none. */
    Optional<MatchedIntent> match(String text) {
        Optional<MatchedIntent> matched = matchSample(text);
        return matched.isPresent() ? matched : fallback.map(intent -> new MatchedIntent(
                intent.name(), unspoken(intent), Optional.empty()));
    }

    /** The matched intent, without falling back: empty when no sample covers the text. */
    Optional<MatchedIntent> matchSample(String text) {
        String spoken = SpokenText.normalize(text);
        if (spoken.isEmpty()) {
            return Optional.empty();
        }
        return samples.stream()
                .map(sample -> sample.match(spoken))
                .flatMap(Optional::stream)
                .min(Comparator.comparingInt((Candidate c) -> -c.sample().literalCharacters())
                        .thenComparingInt(c -> c.sample().slotNames().size())
                        .thenComparingInt(c -> c.sample().order()))
                .map(this::toMatchedIntent);
    }

    private MatchedIntent toMatchedIntent(Candidate candidate) {
        Intent intent = candidate.sample().intent();
        List<SlotFill> fills = new ArrayList<>();
        for (Slot slot : intent.slots()) {
            Optional<String> heard = Optional.ofNullable(candidate.values().get(slot.name()));
            fills.add(heard.map(value -> new SlotFill(slot.name(), slot.type(), Optional.of(value),
                            resolve(slot, value)))
                    .orElseGet(() -> SlotFill.unspoken(slot.name(), slot.type())));
        }
        return new MatchedIntent(intent.name(), fills, Optional.of(candidate.sample().text()));
    }

    private Optional<Resolution> resolve(Slot slot, String value) {
        if (slot.isBuiltInType()) {
            return Optional.empty();
        }
        return Optional.ofNullable(valuesByType.getOrDefault(slot.type(), Map.of()).get(value));
    }

    private static List<SlotFill> unspoken(Intent intent) {
        return intent.slots().stream().map(s -> SlotFill.unspoken(s.name(), s.type())).toList();
    }

    /** Turns "my {muscle} is cramping" into an anchored pattern with one group per slot. */
    private Optional<CompiledSample> compile(Intent intent, String sample) {
        // Slots become placeholder words before normalising, so that the literal text around them is
        // normalised exactly as typed text is ("my {muscle}'s" keeps its apostrophe).
        List<String> slotNames = new ArrayList<>();
        Matcher reference = SLOT_REFERENCE.matcher(sample);
        StringBuilder withPlaceholders = new StringBuilder();
        while (reference.find()) {
            Optional<Slot> slot = intent.slot(reference.group(1));
            if (slot.isEmpty()) {
                return Optional.empty(); // Alexa refuses to build such a model; the rules test reports it.
            }
            slotNames.add(slot.get().name());
            reference.appendReplacement(withPlaceholders, placeholder(slotNames.size() - 1));
        }
        reference.appendTail(withPlaceholders);
        String normalized = SpokenText.normalize(withPlaceholders.toString());
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder regex = new StringBuilder();
        int literalCharacters = 0;
        Matcher placeholder = PLACEHOLDER.matcher(normalized);
        int from = 0;
        while (placeholder.find()) {
            String literal = normalized.substring(from, placeholder.start());
            literalCharacters += literal.replace(" ", "").length();
            regex.append(Pattern.quote(literal));
            int index = placeholder.group(1).charAt(0) - 'a';
            regex.append('(').append(valuePattern(intent.slot(slotNames.get(index)).orElseThrow())).append(')');
            from = placeholder.end();
        }
        String tail = normalized.substring(from);
        literalCharacters += tail.replace(" ", "").length();
        regex.append(Pattern.quote(tail));
        return Optional.of(new CompiledSample(intent, sample, Pattern.compile(regex.toString()),
                slotNames, literalCharacters, 0));
    }

    /** A word no one says, standing for the n-th slot of a sample while it is normalised. */
    private static String placeholder(int index) {
        return "zqslot" + (char) ('a' + index) + "qz";
    }

    private String valuePattern(Slot slot) {
        if (slot.isBuiltInType()) {
            return ".+?";
        }
        Map<String, Resolution> values = valuesByType.getOrDefault(slot.type(), Map.of());
        if (values.isEmpty()) {
            return "(?!)"; // an empty or unknown custom type can never be filled
        }
        return values.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static Map<String, Map<String, Resolution>> valuesByType(InteractionModel model) {
        Map<String, Map<String, Resolution>> byType = new LinkedHashMap<>();
        model.types().forEach((name, type) -> {
            Map<String, Resolution> values = new LinkedHashMap<>();
            for (InteractionModel.SlotValue value : type.values()) {
                Resolution resolution = new Resolution(value.id(), value.value());
                for (String form : value.spokenForms()) {
                    // The first value claiming a synonym keeps it, as entity resolution lists it first.
                    values.putIfAbsent(SpokenText.normalize(form), resolution);
                }
            }
            byType.put(name, Map.copyOf(values));
        });
        return Map.copyOf(byType);
    }

    private record CompiledSample(Intent intent, String text, Pattern pattern, List<String> slotNames,
                                  int literalCharacters, int order) {

        CompiledSample at(int position) {
            return new CompiledSample(intent, text, pattern, slotNames, literalCharacters, position);
        }

        Optional<Candidate> match(String spoken) {
            Matcher matcher = pattern.matcher(spoken);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < slotNames.size(); i++) {
                values.put(slotNames.get(i), matcher.group(i + 1));
            }
            return Optional.of(new Candidate(this, values));
        }
    }

    private record Candidate(CompiledSample sample, Map<String, String> values) {
    }
}
