package crampcoach.console;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import crampcoach.content.ContentLibrary;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The skill package checked the way the developer console and certification would check it, before a
 * deployment finds out: skill-package/skill.json (the manifest's source) and the package the build
 * assembles in target/skill-package. Lives beside the console because it reads example phrases with the
 * console's own invocation parser and matcher.
 */
@DisplayName("The skill package is ready to submit")
class SkillPackageTest {

    private static final Path SOURCE = Path.of("skill-package");
    private static final Path ASSEMBLED = Path.of("target", "skill-package");
    private static final Set<String> LOCALES = Set.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN");
    private static final String ENDPOINT_PLACEHOLDER = "${skill.endpoint.arn}";

    private static JsonNode manifest() throws IOException {
        return Fixtures.MAPPER.readTree(SOURCE.resolve("skill.json").toFile()).path("manifest");
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void the_build_assembles_the_package_from_skill_package_and_interaction_model() throws IOException {
        assertTrue(Files.isDirectory(ASSEMBLED), "run mvn process-resources first");
        for (String locale : LOCALES) {
            assertArrayEquals(Files.readAllBytes(Path.of("interactionModel", locale + ".json")),
                    Files.readAllBytes(ASSEMBLED.resolve("interactionModels/custom/" + locale + ".json")), locale);
        }
        String source = Files.readString(SOURCE.resolve("skill.json"));
        String assembled = Files.readString(ASSEMBLED.resolve("skill.json"));
        String arn = Fixtures.MAPPER.readTree(assembled).at("/manifest/apis/custom/endpoint/uri").asText();
        assertFalse(assembled.contains("${"), "every placeholder is filled");
        assertEquals(source.replace(ENDPOINT_PLACEHOLDER, arn), assembled, "only the endpoint differs");
    }

    @Test
    void the_endpoint_is_the_lambda_alias_arn_filled_in_by_the_build() throws IOException {
        JsonNode manifest = manifest();
        assertEquals(ENDPOINT_PLACEHOLDER, manifest.at("/apis/custom/endpoint/uri").asText());
        assertEquals(ENDPOINT_PLACEHOLDER, manifest.at("/events/endpoint/uri").asText());
        assertTrue(Files.readString(Path.of("template.yaml")).contains("SkillEndpointArn:"),
                "the SAM stack outputs the ARN the README tells you to pass");
    }

    @Test
    void publishing_information_for_the_five_markets_in_health_and_fitness() throws IOException {
        JsonNode publishing = manifest().path("publishingInformation");
        assertAll(
                () -> assertEquals("1.0", manifest().path("manifestVersion").asText()),
                () -> assertEquals(LOCALES, names(publishing.path("locales"))),
                () -> assertEquals("HEALTH_AND_FITNESS", publishing.path("category").asText()),
                () -> assertEquals("PUBLIC", publishing.path("distributionMode").asText()),
                // The emergency number follows the locale, so the skill is offered only where it is right.
                () -> assertFalse(publishing.path("isAvailableWorldwide").asBoolean(true)),
                () -> assertEquals(Set.of("US", "GB", "CA", "AU", "IN"), textSet(publishing.path("distributionCountries"))),
                () -> assertBetween(publishing.path("testingInstructions").asText(), 100, 4000, "testing instructions"),
                () -> assertTrue(publishing.path("testingInstructions").asText().contains("silen"),
                        "testing instructions explain the long silent holds"),
                () -> assertTrue(publishing.path("testingInstructions").asText().contains("Red flags end the session"),
                        "testing instructions explain why red flags end the session"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN"})
    void each_locale_has_a_store_page_within_the_console_limits(String locale) throws IOException {
        JsonNode page = manifest().at("/publishingInformation/locales/" + locale);
        String description = page.path("description").asText();
        assertAll(
                () -> assertBetween(page.path("name").asText(), 2, 50, "name"),
                () -> assertBetween(page.path("summary").asText(), 10, 160, "summary"),
                () -> assertBetween(description, 100, 4000, "description"),
                () -> assertTrue(description.contains("not a substitute for professional medical advice"),
                        "the description carries the health disclaimer"),
                () -> assertTrue(description.contains("call " + new ContentLibrary().forLocale(locale).settings()
                        .emergencyNumber().orElseThrow()), "the description names the number the skill says"),
                () -> assertFalse(description.toLowerCase().matches("(?s).*(save your life|life-saving|lifesaving).*"),
                        "no life-saving claim"),
                () -> assertBetween(page.path("examplePhrases").size(), 1, 3, "example phrases"),
                () -> assertBetween(page.path("keywords").size(), 1, 30, "keywords"),
                () -> assertIcon(page.path("smallIconUri").asText(), 108),
                () -> assertIcon(page.path("largeIconUri").asText(), 512));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN"})
    void every_example_phrase_is_said_the_way_the_model_hears_it(String locale) throws IOException {
        JsonNode phrases = manifest().at("/publishingInformation/locales/" + locale + "/examplePhrases");
        UtteranceMatcher matcher = Fixtures.matcher(locale);
        String invocationName = Fixtures.model(locale).invocationName();
        assertTrue(phrases.get(0).asText().startsWith("Alexa, ") && phrases.get(0).asText().contains(invocationName),
                "the first example phrase wakes Alexa and names the skill");
        List<String> unmatched = new ArrayList<>();
        for (JsonNode phrase : phrases) {
            String spoken = phrase.asText().replaceFirst("^Alexa, ", "");
            Invocation invocation = Invocation.parse(spoken, invocationName);
            boolean heard = invocation instanceof Invocation.Launch
                    || invocation instanceof Invocation.OneShot oneShot
                    && matcher.matchSample(oneShot.request()).isPresent();
            if (!heard) {
                unmatched.add(phrase.asText());
            }
        }
        assertEquals(List.of(), unmatched, locale + ": example phrases no sample matches");
    }

    @Test
    void privacy_and_compliance_answered_truthfully() throws IOException {
        JsonNode privacy = manifest().path("privacyAndCompliance");
        assertAll(
                () -> assertFalse(privacy.path("allowsPurchases").asBoolean(true), "no purchases"),
                () -> assertFalse(privacy.path("containsAds").asBoolean(true), "no ads"),
                () -> assertFalse(privacy.path("isChildDirected").asBoolean(true), "not for children"),
                () -> assertTrue(privacy.path("isExportCompliant").asBoolean(false)),
                // Personal information in Amazon's sense (name, address, contacts): none is asked for.
                () -> assertFalse(privacy.path("usesPersonalInfo").asBoolean(true)),
                // True only for a HIPAA covered entity that needs Amazon to process PHI: this skill stores
                // no health information at all.
                () -> assertFalse(privacy.path("usesHealthInfo").asBoolean(true)),
                () -> assertEquals(LOCALES, names(privacy.path("locales"))));
        for (String locale : LOCALES) {
            JsonNode urls = privacy.path("locales").path(locale);
            assertDocument(urls.path("privacyPolicyUrl").asText(), "docs/privacy.md");
            assertDocument(urls.path("termsOfUseUrl").asText(), "docs/terms.md");
        }
    }

    @Test
    void can_fulfil_is_declared_and_skill_disabled_is_subscribed() throws IOException {
        JsonNode manifest = manifest();
        List<String> interfaces = new ArrayList<>();
        manifest.at("/apis/custom/interfaces").forEach(i -> interfaces.add(i.path("type").asText()));
        List<String> events = new ArrayList<>();
        manifest.at("/events/subscriptions").forEach(e -> events.add(e.path("eventName").asText()));
        assertTrue(interfaces.contains("CAN_FULFILL_INTENT_REQUEST"), interfaces.toString());
        assertTrue(events.contains("SKILL_DISABLED"), events.toString());
        List<String> permissions = new ArrayList<>();
        manifest.path("permissions").forEach(p -> permissions.add(p.path("name").asText()));
        assertEquals(List.of("alexa::alerts:reminders:skill:readwrite"), permissions, "stretch reminders only");
    }

    private static void assertDocument(String url, String path) {
        assertTrue(url.startsWith("https://") && url.endsWith(path), url);
        assertTrue(Files.isRegularFile(Path.of(path)), path + " is in the repository");
    }

    private static void assertIcon(String uri, int size) throws IOException {
        assertTrue(uri.startsWith("file://assets/images/"), uri);
        BufferedImage icon = ImageIO.read(SOURCE.resolve(uri.substring("file://".length())).toFile());
        assertEquals(size, icon.getWidth(), uri);
        assertEquals(size, icon.getHeight(), uri);
    }

    private static void assertBetween(String text, int min, int max, String what) {
        assertBetween(text.strip().length(), min, max, what + " length");
    }

    private static void assertBetween(int value, int min, int max, String what) {
        assertTrue(value >= min && value <= max, what + " is " + value + ", allowed " + min + " to " + max);
    }

    private static Set<String> textSet(JsonNode array) {
        Set<String> texts = new TreeSet<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
