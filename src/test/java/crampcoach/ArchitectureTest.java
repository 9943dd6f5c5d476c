package crampcoach;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way, checked on the compiled classes: a fully qualified name, a static import
 * or a type used only in a signature counts as a dependency here, where a search of the source text
 * would miss it.
 */
@DisplayName("The architecture, on the compiled classes")
class ArchitectureTest {

    /** Everything compiled from src/main and src/console: what the Lambda jar is cut from. */
    private static final JavaClasses SKILL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("crampcoach");

    /** The local console: compiled with the skill, left out of the Lambda jar by the shade filter. */
    private static final String CONSOLE = "crampcoach.console..";

    @Test
    @DisplayName("guidance, safety, speech, content and json know nothing of the ASK SDK or the layers above them")
    void the_modules_know_nothing_of_the_sdk() {
        check(sdkFree("crampcoach.guidance..", "crampcoach.safety..", "crampcoach.speech..", "crampcoach.content..",
                "crampcoach.json.."));
    }

    @Test
    @DisplayName("the conversation knows nothing of the ASK SDK or of the handlers that call it")
    void the_conversation_knows_nothing_of_the_sdk() {
        check(noClasses().that().resideInAPackage("crampcoach.conversation..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.amazon.ask..", "crampcoach.handlers..", "crampcoach.envelope..",
                        "crampcoach.skill..", "crampcoach.lambda..", CONSOLE));
    }

    @Test
    @DisplayName("handlers do not reach into the envelope codec")
    void handlers_leave_the_envelope_to_the_skill() {
        check(noClasses().that().resideInAPackage("crampcoach.handlers..")
                .should().dependOnClassesThat().resideInAPackage("crampcoach.envelope.."));
    }

    /**
     * The first ObjectMapper a JVM builds is the largest single cost of a cold start (see the README's
     * "Cold start"): the skill reads and writes JSON with the streaming parser instead, and only the
     * local console, which never runs on Lambda, may use one.
     */
    @Test
    @DisplayName("no deployed class uses an ObjectMapper")
    void nothing_deployed_uses_an_object_mapper() {
        check(noObjectMapper());
    }

    @Test
    @DisplayName("nothing deployed needs the console, which the Lambda jar leaves out")
    void nothing_deployed_needs_the_console() {
        check(noClasses().that().resideOutsideOfPackage(CONSOLE)
                .should().dependOnClassesThat().resideInAPackage(CONSOLE));
    }

    /** The rules see what a search of the source text would miss: names written out in full. */
    @Test
    @DisplayName("the rules catch a fully qualified name and a subclass of ObjectMapper")
    void the_rules_catch_what_a_text_search_misses() {
        JavaClasses fixture = new ClassFileImporter().importClasses(FullyQualified.class);
        assertTrue(sdkFree("crampcoach..").evaluate(fixture).hasViolation());
        assertTrue(noObjectMapper().evaluate(fixture).hasViolation());
    }

    private static ArchRule sdkFree(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.amazon.ask..", "crampcoach.conversation..", "crampcoach.handlers..",
                        "crampcoach.envelope..", "crampcoach.skill..", "crampcoach.lambda..", CONSOLE);
    }

    private static ArchRule noObjectMapper() {
        return noClasses().that().resideOutsideOfPackage(CONSOLE)
                .should().dependOnClassesThat(describe("are an ObjectMapper",
                        (JavaClass type) -> type.isAssignableTo(ObjectMapper.class)));
    }

    private static void check(ArchRule rule) {
        rule.check(SKILL);
    }

    /** Fully qualified names, no imports: what the source-text version of these rules let through. */
    static final class FullyQualified {

        private FullyQualified() {
        }

        static String read(String json) throws java.io.IOException {
            return new com.fasterxml.jackson.databind.json.JsonMapper().readTree(json).toString();
        }

        static Object launch() {
            return com.amazon.ask.model.LaunchRequest.builder().build();
        }
    }
}
