package crampcoach.skill;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Alexa would say for one response, read from the response JSON the stream handler wrote.
 *
 * @param response  the whole response envelope
 */
record Heard(JsonNode response) {

    private static final Pattern BREAK = Pattern.compile("<break time=\"(\\d+)(ms|s)\"/>");

    String ssml() {
        return response.path("response").path("outputSpeech").path("ssml").asText("");
    }

    /** The words, tags removed and entities read back, pauses as one space. */
    String words() {
        return ssml().replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replaceAll("\\s+", " ").strip();
    }

    String reprompt() {
        return response.path("response").path("reprompt").path("outputSpeech").path("ssml").asText("");
    }

    /** Whether Alexa keeps the microphone open for an answer. */
    boolean keepsListening() {
        return response.path("response").has("shouldEndSession")
                && !response.path("response").path("shouldEndSession").asBoolean(true);
    }

    boolean endsSession() {
        return response.path("response").path("shouldEndSession").asBoolean(false);
    }

    JsonNode sessionAttributes() {
        return response.path("sessionAttributes");
    }

    String cardText() {
        return response.path("response").path("card").path("content").asText("");
    }

    /** All the silence in the response. */
    Duration totalPause() {
        Duration total = Duration.ZERO;
        Matcher pause = BREAK.matcher(ssml());
        while (pause.find()) {
            long amount = Long.parseLong(pause.group(1));
            total = total.plus(pause.group(2).equals("s") ? Duration.ofSeconds(amount) : Duration.ofMillis(amount));
        }
        return total;
    }

    /** What is said before the first pause, tags removed: everything, when there is no pause. */
    String saidBeforeFirstPause() {
        return ssml().split("<break", 2)[0].replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&quot;", "\"")
                .replaceAll("\\s+", " ").strip();
    }

    /** What is said after the last pause, tags removed. */
    String saidAfterLastPause() {
        String ssml = ssml();
        int last = ssml.lastIndexOf("<break");
        String tail = last < 0 ? ssml : ssml.substring(ssml.indexOf('>', last) + 1);
        return tail.replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&quot;", "\"").replaceAll("\\s+", " ").strip();
    }

    /** How many words are spoken before the first pause. */
    int wordsBeforeFirstPause() {
        String beforePause = ssml().split("<break", 2)[0].replaceAll("<[^>]+>", " ").strip();
        return beforePause.isEmpty() ? 0 : beforePause.split("\\s+").length;
    }
}
