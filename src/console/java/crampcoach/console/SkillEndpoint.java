package crampcoach.console;

import java.io.IOException;

/** Where request envelopes go: bytes in, the skill's response bytes out, as over Lambda's wire. */
@FunctionalInterface
interface SkillEndpoint {

    byte[] invoke(byte[] requestEnvelope) throws IOException;
}
