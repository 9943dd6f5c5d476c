package crampcoach.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConsoleSessionTest {

    private final AtomicInteger counter = new AtomicInteger();
    private final ConsoleSession session = new ConsoleSession(() -> "session-" + counter.incrementAndGet());

    private static JsonNode response(String json) {
        try {
            return Fixtures.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void the_next_request_carries_exactly_the_attributes_of_the_last_response() {
        session.begin();
        session.afterResponse(response("""
                {"sessionAttributes": {"muscle": "CALF", "step": 1}, "response": {"shouldEndSession": false}}"""));

        ConsoleSession.Turn next = session.next();

        assertFalse(next.isNew());
        assertEquals("session-1", next.sessionId());
        assertEquals(response("{\"muscle\": \"CALF\", \"step\": 1}"), next.attributes());
    }

    @Test
    void a_response_without_attributes_clears_them() {
        session.begin();
        session.afterResponse(response("""
                {"sessionAttributes": {"a": 1}, "response": {"shouldEndSession": false}}"""));
        session.afterResponse(response("{\"response\": {\"shouldEndSession\": false}}"));

        assertEquals(0, session.next().attributes().size());
    }

    @Test
    void after_the_session_ends_the_next_request_starts_a_new_one_without_attributes() {
        session.begin();
        session.afterResponse(response("""
                {"sessionAttributes": {"a": 1}, "response": {"shouldEndSession": true}}"""));

        assertFalse(session.isOpen());
        ConsoleSession.Turn next = session.next();
        assertTrue(next.isNew());
        assertNotEquals("session-1", next.sessionId());
        assertEquals(0, next.attributes().size());
    }

    @Test
    void a_response_that_does_not_say_keep_listening_ends_the_session() {
        session.begin();
        session.afterResponse(response("{\"response\": {}}"));

        assertFalse(session.isOpen());
    }
}
