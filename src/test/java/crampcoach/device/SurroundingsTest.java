package crampcoach.device;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SurroundingsTest {

    private static ZonedDateTime at(String localTime) {
        return ZonedDateTime.of(java.time.LocalDate.of(2026, 11, 25), java.time.LocalTime.parse(localTime),
                ZoneId.of("Europe/London"));
    }

    @Test
    void nightRunsFromTenInTheEveningToSevenInTheMorning() {
        assertFalse(Surroundings.isNight(at("21:59")));
        assertTrue(Surroundings.isNight(at("22:00")));
        assertTrue(Surroundings.isNight(at("03:00")));
        assertTrue(Surroundings.isNight(at("06:59")));
        assertFalse(Surroundings.isNight(at("07:00")));
        assertFalse(Surroundings.isNight(at("15:00")));
    }
}
