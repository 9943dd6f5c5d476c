package crampcoach.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Requests the fast envelope reader hands to the SDK's reader still reach the skill whole. */
class ScreenDeviceDialogTest {

    @Test
    void anEchoShowIsWelcomedAsAnEchoDotIs() throws IOException {
        Heard show = Dialog.inLocale("en-US").raw(Files.readAllBytes(Path.of("src/test/resources/envelopes/echo-show-launch.json")));
        Heard dot = Dialog.inLocale("en-US").launch();

        assertEquals(dot.words(), show.words());
        assertTrue(show.keepsListening());
    }
}
