package crampcoach.envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.amazon.ask.model.Context;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.SupportedInterfaces;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fast reader against the SDK's model itself, by reflection: every JSON property of every model
 * class the reader builds is either read or declined, and on rich envelopes (Echo Show, permissions,
 * person, APL user event, CanFulfillIntent, Connections.Response, a skill event) what a handler gets
 * is, getter by getter, what the SDK's own reader gives.
 */
class EnvelopeCoverageTest {

    private static final Path FIXTURES = Path.of("src/test/resources/envelopes");

    /** Where, in a real envelope, an object of each class with declined properties sits. */
    private static final Map<Class<?>, String> WHERE = Map.of(
            Context.class, "permissions-person-intent.json#/context",
            SupportedInterfaces.class, "permissions-person-intent.json#/context/System/device/supportedInterfaces",
            LaunchRequest.class, "../requests/launch.json#/request");

    @Test
    void everyPropertyOfEveryModelClassTheReaderBuildsIsReadOrDeclined() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Class<?>, Set<String>> read : RequestReader.READ.entrySet()) {
            Class<?> model = read.getKey();
            Set<String> declined = RequestReader.DECLINED.getOrDefault(model, Set.of());
            Set<String> covered = new TreeSet<>(read.getValue());
            covered.addAll(declined);
            Set<String> sdk = new TreeSet<>(sdkProperties(model));
            if (!covered.equals(sdk)) {
                Set<String> missing = new TreeSet<>(sdk);
                missing.removeAll(covered);
                Set<String> unknown = new TreeSet<>(covered);
                unknown.removeAll(sdk);
                problems.add(model.getName() + ": neither read nor declined " + missing + ", not in the SDK " + unknown);
            }
            Set<String> both = new HashSet<>(read.getValue());
            both.retainAll(declined);
            if (!both.isEmpty()) {
                problems.add(model.getName() + ": both read and declined " + both);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyModelObjectBehindAReadPropertyIsBuiltByTheReader() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Class<?>, Set<String>> read : RequestReader.READ.entrySet()) {
            for (Method getter : read.getKey().getMethods()) {
                JsonProperty property = getter.getAnnotation(JsonProperty.class);
                if (property == null || !read.getValue().contains(property.value())) {
                    continue;
                }
                for (Class<?> reached : modelTypes(getter.getGenericReturnType())) {
                    if (!RequestReader.READ.containsKey(reached)) {
                        problems.add(read.getKey().getSimpleName() + "." + property.value() + " reaches " + reached.getName());
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyDeclinedPropertyHandsTheEnvelopeToTheSdksReader() throws IOException {
        assertEquals(RequestReader.DECLINED.keySet(), WHERE.keySet(), "a place in a fixture for every class with declined properties");
        for (Map.Entry<Class<?>, Set<String>> declined : RequestReader.DECLINED.entrySet()) {
            String[] place = WHERE.get(declined.getKey()).split("#");
            for (String property : declined.getValue()) {
                JsonNode envelope = crampcoach.json.JsonTrees.read(Files.readAllBytes(FIXTURES.resolve(place[0])));
                assertTrue(new RequestReader().read(envelope).isPresent(), "the fixture itself is on the fast path: " + place[0]);
                ((ObjectNode) envelope.at(place[1])).putObject(property);
                assertEquals(Optional.empty(), new RequestReader().read(envelope), declined.getKey().getSimpleName() + "." + property);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "permissions-person-intent.json, fast",
        "echo-show-launch.json, declined",
        "apl-user-event.json, declined",
        "can-fulfill-intent.json, declined",
        "connections-response.json, declined",
        "skill-disabled.json, declined"})
    void aRichEnvelopeReadsGetterByGetterAsTheSdkReadsIt(String fixture, String path) throws Exception {
        byte[] json = Files.readAllBytes(FIXTURES.resolve(fixture));
        RequestEnvelope sdk = SdkEquivalence.sdkReading(json).orElseThrow();
        RequestEnvelope read = new EnvelopeCodec().unmarshall(json).orElseThrow().getUnmarshalledRequest();

        int values = compare(sdk, read, "envelope");

        assertEquals(path.equals("fast"), SdkEquivalence.assertReadsAsSdk(json).isPresent(), "which reader took " + fixture);
        assertTrue(values >= 10, "only " + values + " values compared in " + fixture);
    }

    @Test
    void anEchoShowRequestKeepsItsScreenInterfaces() throws IOException {
        byte[] json = Files.readAllBytes(FIXTURES.resolve("echo-show-launch.json"));
        RequestEnvelope read = new EnvelopeCodec().unmarshall(json).orElseThrow().getUnmarshalledRequest();

        assertEquals("2023.2", read.getContext().getSystem().getDevice().getSupportedInterfaces()
                .getAlexaPresentationAPL().getRuntime().getMaxVersion());
        assertEquals(960, read.getContext().getViewport().getPixelWidth().intValue());
        assertEquals("stretch-screen", read.getContext().getAlexaPresentationAPL().getToken());
        assertEquals("amzn1.ask.unit.SHOW", read.getContext().getSystem().getUnit().getUnitId());
    }

    /** Compares two readings through every public getter, returning how many leaf values it compared. */
    static int compare(Object expected, Object actual, String path) throws Exception {
        if (expected == null) {
            assertNull(actual, path);
            return 0;
        }
        assertNotNull(actual, path);
        assertEquals(expected.getClass(), actual.getClass(), path);
        if (expected instanceof List<?> list) {
            List<?> other = (List<?>) actual;
            assertEquals(list.size(), other.size(), path + " size");
            int values = 0;
            for (int i = 0; i < list.size(); i++) {
                values += compare(list.get(i), other.get(i), path + "[" + i + "]");
            }
            return values;
        }
        if (expected instanceof Map<?, ?> map) {
            Map<?, ?> other = (Map<?, ?>) actual;
            assertEquals(map.keySet(), other.keySet(), path + " keys");
            int values = 0;
            for (Object key : map.keySet()) {
                values += compare(map.get(key), other.get(key), path + "." + key);
            }
            return values;
        }
        if (isModel(expected.getClass())) {
            int values = 0;
            for (Method getter : expected.getClass().getMethods()) {
                if (getter.getParameterCount() == 0 && getter.getName().startsWith("get")
                        && getter.getDeclaringClass() != Object.class && !Modifier.isStatic(getter.getModifiers())) {
                    values += compare(getter.invoke(expected), getter.invoke(actual), path + "." + getter.getName());
                }
            }
            assertEquals(expected, actual, path);
            return values;
        }
        assertEquals(expected, actual, path);
        return 1;
    }

    private static boolean isModel(Class<?> type) {
        return type.getName().startsWith("com.amazon.ask.model.") && !type.isEnum();
    }

    /** The JSON properties the SDK's reader reads for a model class: those of its builder. */
    private static Set<String> sdkProperties(Class<?> model) {
        Set<String> properties = new HashSet<>();
        for (Class<?> nested : model.getDeclaredClasses()) {
            if (nested.getSimpleName().equals("Builder")) {
                for (Method with : nested.getMethods()) {
                    JsonProperty property = with.getAnnotation(JsonProperty.class);
                    if (property != null) {
                        properties.add(property.value());
                    }
                }
            }
        }
        if (properties.isEmpty() && model.getDeclaredFields().length > 0 && !allStatic(model)) {
            fail("no builder properties found for " + model.getName());
        }
        return properties;
    }

    private static boolean allStatic(Class<?> model) {
        for (var field : model.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    /** Concrete SDK model classes in a getter's type, list and map elements included; abstract ones are chosen by a type field. */
    private static List<Class<?>> modelTypes(Type type) {
        List<Class<?>> found = new ArrayList<>();
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                found.addAll(modelTypes(argument));
            }
        } else if (type instanceof Class<?> plain && isModel(plain) && !Modifier.isAbstract(plain.getModifiers())) {
            found.add(plain);
        }
        return found;
    }
}
