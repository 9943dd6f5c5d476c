package crampcoach.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * template.yaml deploys what Maven builds and what the benchmark measured: a mismatch here would
 * only show at deploy time, or worse, as a skill that never answers.
 */
class TemplateTest {

    private static String template() throws IOException {
        return Files.readString(Path.of("template.yaml"));
    }

    private static String value(String text, String key) {
        Matcher matcher = Pattern.compile("(?m)^\\s*" + key + ":\\s*\"?([^\"#\\n]*?)\"?\\s*(#.*)?$").matcher(text);
        assertTrue(matcher.find(), "template.yaml has no " + key);
        return matcher.group(1).trim();
    }

    @Test
    void the_handler_is_the_stream_handler_class() throws Exception {
        String handler = value(template(), "Handler");
        assertEquals(CrampCoachStreamHandler.class.getName() + "::handleRequest", handler);
        assertTrue(RequestStreamHandler.class.isAssignableFrom(Class.forName(handler.split("::")[0])));
    }

    @Test
    void the_code_is_the_jar_maven_builds() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher coordinates = Pattern.compile("<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(coordinates.find(), "pom.xml names no artifact");
        assertEquals("target/" + coordinates.group(1) + "-" + coordinates.group(2) + ".jar", value(template(), "CodeUri"));
    }

    @Test
    void snapstart_applies_to_the_published_alias_alexa_invokes() throws IOException {
        String template = template();
        assertEquals("live", value(template, "AutoPublishAlias"));
        assertEquals("!Ref SnapStartApplyOn", value(template, "ApplyOn"));
        assertEquals("PublishedVersions", value(template, "Default"));
        assertTrue(template.contains("!Ref CrampCoachFunction.Alias"), "the endpoint output must be the alias ARN");
    }

    @Test
    void the_jvm_starts_with_c1_only_as_the_benchmark_measured() throws IOException {
        String options = value(template(), "JAVA_TOOL_OPTIONS");
        assertTrue(options.contains("-XX:TieredStopAtLevel=1"), options);
        assertTrue(options.contains("-XX:+UseSerialGC"), options);
    }

    @Test
    void alexa_gets_an_answer_or_an_error_before_it_gives_up() throws IOException {
        int timeout = Integer.parseInt(value(template(), "Timeout"));
        assertTrue(timeout >= 3 && timeout < 8, "Alexa waits about 8 s; Timeout is " + timeout);
    }

    @Test
    void the_diary_table_has_the_sdk_adapters_layout_and_is_on_demand_recoverable_and_encrypted() throws IOException {
        String template = template();
        String table = template.substring(template.indexOf("CrampDiaryTable:\n    Type: AWS::DynamoDB::Table"));
        assertEquals("PAY_PER_REQUEST", value(table, "BillingMode"));
        assertEquals("id", value(table, "- AttributeName"));
        assertEquals("S", value(table, "AttributeType"));
        assertEquals("HASH", value(table, "KeyType"));
        assertEquals("true", value(table, "PointInTimeRecoveryEnabled"));
        assertEquals("true", value(table, "SSEEnabled"));
        assertEquals("!Ref CrampDiaryTable", value(template, "TABLE_NAME"));
    }

    @Test
    void device_items_expire_by_the_tables_time_to_live_on_the_attribute_the_store_writes() throws IOException {
        String template = template();
        String table = template.substring(template.indexOf("CrampDiaryTable:\n    Type: AWS::DynamoDB::Table"));
        String ttl = table.substring(table.indexOf("TimeToLiveSpecification:"));
        assertEquals(crampcoach.diary.DynamoDbStore.EXPIRES_AT, value(ttl, "AttributeName"));
        assertEquals("true", value(ttl, "Enabled"));
    }

    @Test
    void the_function_may_use_only_the_item_actions_the_store_calls_on_that_table() throws IOException {
        String template = template();
        Matcher actions = Pattern.compile("- (dynamodb:\\w+)").matcher(template);
        java.util.Set<String> granted = new java.util.TreeSet<>();
        while (actions.find()) {
            granted.add(actions.group(1));
        }
        String store = Files.readString(Path.of("src/main/java/crampcoach/diary/DynamoDbStore.java"));
        Matcher calls = Pattern.compile("client\\.(\\w+)Item\\(").matcher(store);
        java.util.Set<String> used = new java.util.TreeSet<>();
        while (calls.find()) {
            used.add("dynamodb:" + Character.toUpperCase(calls.group(1).charAt(0)) + calls.group(1).substring(1) + "Item");
        }
        assertEquals(java.util.Set.of("dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:PutItem"), used);
        assertEquals(used, granted);
        assertEquals("!GetAtt CrampDiaryTable.Arn", value(template, "Resource"));
        assertTrue(!template.contains("dynamodb:*") && !template.contains("DynamoDBCrudPolicy"), "no broad grants");
    }
}
