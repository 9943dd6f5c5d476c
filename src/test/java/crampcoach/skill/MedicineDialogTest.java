package crampcoach.skill;

import static crampcoach.skill.Dialog.slot;
import static crampcoach.skill.Dialog.unmatched;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crampcoach.content.ContentLibrary;
import crampcoach.content.LocaleContent;
import crampcoach.guidance.Topic;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A named medicine reaches the topic that covers it, never a dose")
class MedicineDialogTest {

    private static final ContentLibrary LIBRARY = new ContentLibrary();

    /** A MEDICINE value id is the id of the topic that answers it. */
    private static String expected(LocaleContent content, String topicId) {
        return content.topics().forId(topicId).map(Topic::text).orElseThrow();
    }

    @ParameterizedTest(name = "{0}: \"what about {1}\" answers from {2}")
    @CsvSource({
        "en-US, baclofen, PRESCRIPTION",
        "en-US, tylenol, PAIN_RELIEF",
        "en-US, water pills, MEDICINE_CAUSES",
        "en-US, tonic water, QUININE",
        "en-US, magnesium, SUPPLEMENTS",
        "en-GB, paracetamol, PAIN_RELIEF",
        "en-AU, panadol, PAIN_RELIEF",
        "en-IN, crocin, PAIN_RELIEF",
        "en-CA, quinine, QUININE",
    })
    void a_named_medicine_is_answered_from_its_topic(String locale, String heard, String topicId) {
        LocaleContent content = LIBRARY.forLocale(locale);
        Heard answer = Dialog.inLocale(locale).oneShot("MedicineIntent", slot("medicine", heard, topicId));

        assertTrue(answer.words().contains(expected(content, topicId)), answer.words());
        assertTrue(answer.keepsListening(), "the person can ask something else");
    }

    @ParameterizedTest(name = "{0}: an unknown medicine gets \"ask a pharmacist\"")
    @CsvSource({"en-US", "en-GB"})
    void a_medicine_the_model_does_not_know_is_sent_to_a_pharmacist(String locale) {
        LocaleContent content = LIBRARY.forLocale(locale);
        Heard answer = Dialog.inLocale(locale).oneShot("MedicineIntent", unmatched("medicine", "gabapentin"));

        assertTrue(answer.words().contains(content.messages().text("medicine.unknown")), answer.words());
        assertFalse(answer.words().matches(".*\\d+ ?(mg|milligrams).*"), "no dose: " + answer.words());
    }
}
