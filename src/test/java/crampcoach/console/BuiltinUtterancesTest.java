package crampcoach.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuiltinUtterancesTest {

    private final BuiltinUtterances builtins = BuiltinUtterances.fromClasspath(Fixtures.MAPPER);

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN"})
    void no_built_in_phrase_is_a_sample_of_another_intent(String locale) {
        InteractionModel model = Fixtures.model(locale);
        List<String> clashes = new ArrayList<>();
        builtins.phrasesByIntent().forEach((builtin, phrases) -> {
            for (InteractionModel.Intent intent : model.intents()) {
                for (String phrase : phrases) {
                    if (!intent.name().equals(builtin) && intent.samples().contains(phrase)) {
                        clashes.add(phrase + ": " + builtin + " and " + intent.name());
                    }
                }
            }
        });
        assertEquals(List.of(), clashes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB"})
    void every_built_in_phrase_reaches_its_own_intent(String locale) {
        UtteranceMatcher matcher = Fixtures.matcher(locale);
        List<String> wrong = new ArrayList<>();
        builtins.phrasesByIntent().forEach((builtin, phrases) -> phrases.forEach(phrase -> {
            String heard = matcher.match(phrase).map(MatchedIntent::name).orElse("nothing");
            if (!heard.equals(builtin)) {
                wrong.add(phrase + " -> " + heard + ", expected " + builtin);
            }
        }));
        assertEquals(List.of(), wrong);
    }
}
