package crampcoach.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crampcoach.console.Invocation.InSession;
import crampcoach.console.Invocation.Launch;
import crampcoach.console.Invocation.OneShot;
import org.junit.jupiter.api.Test;

class InvocationTest {

    private static Invocation typed(String text) {
        return Invocation.parse(text, "cramp coach");
    }

    @Test
    void open_launch_and_start_open_a_session() {
        assertEquals(new Launch(), typed("open cramp coach"));
        assertEquals(new Launch(), typed("Launch Cramp Coach."));
        assertEquals(new Launch(), typed("start cramp coach"));
        assertEquals(new Launch(), typed("Alexa, open Cramp Coach"));
        assertEquals(new Launch(), typed("ask cramp coach"));
    }

    @Test
    void ask_cramp_coach_to_help_with_my_calf_cramp_is_a_one_shot() {
        assertEquals(new OneShot("help with my calf cramp"), typed("ASK cramp coach to help with my calf cramp!"));
    }

    @Test
    void the_connecting_word_is_dropped_from_a_one_shot() {
        assertEquals(new OneShot("help"), typed("ask cramp coach for help"));
        assertEquals(new OneShot("what else helps"), typed("ask cramp coach what else helps"));
        assertEquals(new OneShot("my calf is cramping"), typed("tell cramp coach that my calf is cramping"));
        assertEquals(new OneShot("magnesium"), typed("ask cramp coach about magnesium"));
    }

    @Test
    void anything_else_is_for_the_open_session() {
        assertEquals(new InSession("next"), typed("Next"));
        assertEquals(new InSession("can you tell me what to do"), typed("can you tell me what to do"));
    }
}
