package crampcoach.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonMergeTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void objects_merge_key_by_key_and_everything_else_replaces() throws Exception {
        var base = json.readTree("{\"topics\":{\"A\":{\"say\":\"base a\",\"intent\":\"AIntent\"},\"B\":{\"say\":\"base b\"}},\"list\":[1,2]}");
        var overlay = json.readTree("{\"topics\":{\"A\":{\"say\":\"local a\"}},\"list\":[3]}");

        assertEquals(json.readTree("{\"topics\":{\"A\":{\"say\":\"local a\",\"intent\":\"AIntent\"},\"B\":{\"say\":\"base b\"}},\"list\":[3]}"),
                JsonMerge.overlay(base, overlay));
    }

    @Test
    void placeholders_are_filled_and_unknown_ones_left_for_later() {
        assertEquals("call 999 in {seconds}",
                Wording.fill("call {emergencyNumber} in {seconds}", java.util.Map.of("emergencyNumber", "999")));
    }
}
