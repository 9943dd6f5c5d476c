package crampcoach.console;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a typed line addresses the skill, the way Alexa reads it: a launch phrase opens a new session
 * with a LaunchRequest, "ask cramp coach to ..." opens one with the request as an intent (a one-shot),
 * and anything else is meant for the session that is already open.
 */
sealed interface Invocation {

    /** "open cramp coach", "start cramp coach", "ask cramp coach". */
    record Launch() implements Invocation {
    }

    /** "ask cramp coach to help with my calf cramp": the request is "help with my calf cramp". */
    record OneShot(String request) implements Invocation {
        public OneShot {
            Objects.requireNonNull(request, "request");
            if (request.isBlank()) {
                throw new IllegalArgumentException("a one-shot needs a request");
            }
        }
    }

    /** Plain words for the open session. */
    record InSession(String utterance) implements Invocation {
        public InSession {
            Objects.requireNonNull(utterance, "utterance");
        }
    }

    static Invocation parse(String typed, String invocationName) {
        String spoken = SpokenText.normalize(typed);
        // People often type the wake word too; Alexa never passes it on.
        if (spoken.startsWith("alexa ")) {
            spoken = spoken.substring("alexa ".length());
        }
        String name = Pattern.quote(SpokenText.normalize(invocationName));
        if (Pattern.matches("(?:(?:open|launch|start|begin|load|run|use|talk to|ask|tell) )?" + name, spoken)) {
            return new Launch();
        }
        Matcher oneShot = Pattern.compile("(?:ask|tell|open|launch|start|use) " + name
                + " (?:(?:to|for|about|if|whether|that|and) )?(.+)").matcher(spoken);
        if (oneShot.matches()) {
            return new OneShot(oneShot.group(1));
        }
        return new InSession(spoken);
    }
}
