package crampcoach.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnapStartPrimingTest {

    @Test
    void everyCannedRequestIsAnsweredTheDeclinedTypesIncluded() {
        // 10 canned requests (5 on the fast reader's path, 5 it declines to the SDK's) and 4 other locales.
        assertEquals(14, SnapStartPriming.prime(new CrampCoachStreamHandler(), 1));
    }
}
