package crampcoach.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The access token goes to Alexa's APIs over HTTPS, or to a test's stub on this machine, nowhere else. */
class HttpApiClientTest {

    @Test
    void httpsAnywhereAndPlainHttpOnlyOnLoopback() {
        System.clearProperty(HttpApiClient.LOOPBACK_ONLY);
        try {
            assertEquals("api.eu.amazonalexa.com", HttpApiClient.allowed("https://api.eu.amazonalexa.com/v2/x").getHost());
        } finally {
            System.setProperty(HttpApiClient.LOOPBACK_ONLY, "true");
        }
        assertThrows(IllegalArgumentException.class, () -> HttpApiClient.allowed("https://api.eu.amazonalexa.com/v2/x"));
        assertEquals("127.0.0.1", HttpApiClient.allowed("http://127.0.0.1:8080/v2/x").getHost());
        assertThrows(IllegalArgumentException.class, () -> HttpApiClient.allowed("http://api.amazonalexa.com/v2/x"));
        assertThrows(IllegalArgumentException.class, () -> HttpApiClient.allowed("http://127.example.com/v2/x"));
        assertThrows(IllegalArgumentException.class, () -> HttpApiClient.allowed("file:///etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> HttpApiClient.allowed("not a url"));
    }
}
