package crampcoach.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazon.ask.model.services.ApiClientResponse;
import com.amazon.ask.model.services.DefaultApiConfiguration;
import com.amazon.ask.model.services.ServiceClientFactory;
import com.amazon.ask.util.JacksonSerializer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeZoneLookupTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T03:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final List<String> calls = new ArrayList<>();
    private int status = 200;
    private String body = "\"Europe/London\"";

    /** The SDK's service clients over an API client that answers as the test says. */
    private ServiceClientFactory clients() {
        return ServiceClientFactory.builder().withDefaultApiConfiguration(DefaultApiConfiguration.builder()
                .withApiClient(request -> {
                    calls.add(request.getMethod() + " " + request.getUrl());
                    ApiClientResponse response = new ApiClientResponse();
                    response.setStatusCode(status);
                    response.setHeaders(List.of());
                    response.setBody(body);
                    return response;
                })
                .withApiEndpoint("https://api.amazonalexa.com")
                .withAuthorizationValue("token")
                .withSerializer(new JacksonSerializer())
                .build()).build();
    }

    @Test
    void asksTheSettingsApiOnceAndKeepsTheAnswerForADay() {
        TimeZoneLookup lookup = new TimeZoneLookup(new MemoryTimeZoneCache(), clock);
        assertEquals(Optional.empty(), lookup.known("echo"));
        assertEquals(Optional.of(ZoneId.of("Europe/London")), lookup.find("echo", clients()));
        assertEquals(List.of("GET https://api.amazonalexa.com/v2/devices/echo/settings/System.timeZone"), calls);

        clock.advance(Duration.ofHours(23));
        assertEquals(Optional.of(ZoneId.of("Europe/London")), lookup.find("echo", clients()));
        assertEquals(Optional.of(ZoneId.of("Europe/London")), lookup.known("echo"));
        assertEquals(1, calls.size());

        clock.advance(Duration.ofHours(2));
        assertEquals(Optional.empty(), lookup.known("echo"));
        lookup.find("echo", clients());
        assertEquals(2, calls.size());
    }

    @Test
    void aFailureIsRememberedBrieflyThenAskedAgain() {
        TimeZoneLookup lookup = new TimeZoneLookup(new MemoryTimeZoneCache(), clock);
        status = 403;
        body = "{\"type\":\"FORBIDDEN\",\"message\":\"no\"}";
        assertEquals(Optional.empty(), lookup.find("echo", clients()));
        assertEquals(Optional.empty(), lookup.find("echo", clients()));
        assertEquals(1, calls.size());

        clock.advance(TimeZoneLookup.KEEP_FAILURE.plusSeconds(1));
        status = 200;
        body = "\"Australia/Sydney\"";
        assertEquals(Optional.of(ZoneId.of("Australia/Sydney")), lookup.find("echo", clients()));
        assertEquals(2, calls.size());
    }

    @Test
    void aZoneJavaDoesNotKnowCountsAsAFailure() {
        TimeZoneLookup lookup = new TimeZoneLookup(new MemoryTimeZoneCache(), clock);
        body = "\"Mars/Olympus_Mons\"";
        assertEquals(Optional.empty(), lookup.find("echo", clients()));
    }

    @Test
    void eachDeviceHasItsOwnZone() {
        TimeZoneLookup lookup = new TimeZoneLookup(new MemoryTimeZoneCache(), clock);
        lookup.find("kitchen", clients());
        body = "\"America/Chicago\"";
        assertEquals(Optional.of(ZoneId.of("America/Chicago")), lookup.find("bedroom", clients()));
        assertEquals(Optional.of(ZoneId.of("Europe/London")), lookup.known("kitchen"));
    }
}
