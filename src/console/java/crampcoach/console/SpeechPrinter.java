package crampcoach.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what Alexa would say into console text. Silence matters in this skill (a stretch is held through
 * chained breaks), so breaks are shown as "[pause N s]", consecutive ones merged into one; all other
 * markup is dropped and XML entities are decoded.
 */
final class SpeechPrinter {

    private static final Pattern BREAK_RUN = Pattern.compile(
            "(?:<break\\b[^>]*/?>\\s*(?:</break>\\s*)?)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern BREAK = Pattern.compile("<break\\b([^>]*)/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile(
            "time\\s*=\\s*[\"']\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s)\\s*[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_TAG = Pattern.compile("</?(?:p|s|speak)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_TAG = Pattern.compile("<[^>]+>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|amp|lt|gt|quot|apos);");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    /** The readable text of an outputSpeech or reprompt.outputSpeech object; empty when there is none. */
    Optional<String> speech(JsonNode outputSpeech) {
        String type = outputSpeech.path("type").asText("");
        if ("SSML".equals(type)) {
            return Optional.of(toText(outputSpeech.path("ssml").asText(""))).filter(t -> !t.isEmpty());
        }
        if ("PlainText".equals(type)) {
            return Optional.of(outputSpeech.path("text").asText("").strip()).filter(t -> !t.isEmpty());
        }
        return Optional.empty();
    }

    String toText(String ssml) {
        String text = replaceBreakRuns(ssml);
        text = BLOCK_TAG.matcher(text).replaceAll(" ");
        text = ANY_TAG.matcher(text).replaceAll("");
        text = unescape(text);
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static String replaceBreakRuns(String ssml) {
        Matcher run = BREAK_RUN.matcher(ssml);
        StringBuilder out = new StringBuilder();
        while (run.find()) {
            BigDecimal millis = BigDecimal.ZERO;
            Matcher oneBreak = BREAK.matcher(run.group());
            while (oneBreak.find()) {
                millis = millis.add(millis(oneBreak.group(1)));
            }
            // A break given only a strength is a short natural pause: not worth a marker.
            String marker = millis.signum() > 0 ? " [pause " + seconds(millis) + " s] " : " ";
            run.appendReplacement(out, Matcher.quoteReplacement(marker));
        }
        run.appendTail(out);
        return out.toString();
    }

    private static BigDecimal millis(String attributes) {
        Matcher time = TIME.matcher(attributes);
        if (!time.find()) {
            return BigDecimal.ZERO;
        }
        BigDecimal amount = new BigDecimal(time.group(1));
        return "ms".equalsIgnoreCase(time.group(2)) ? amount : amount.multiply(THOUSAND);
    }

    private static String seconds(BigDecimal millis) {
        return millis.divide(THOUSAND).stripTrailingZeros().toPlainString();
    }

    private static String unescape(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String decoded = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> codePoint(name).orElse(entity.group());
            };
            entity.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        entity.appendTail(out);
        return out.toString();
    }

    /** A numeric character reference; a malformed one is printed as it came, not dropped. */
    private static Optional<String> codePoint(String reference) {
        try {
            int codePoint = reference.startsWith("#x")
                    ? Integer.parseInt(reference.substring(2), 16)
                    : Integer.parseInt(reference.substring(1));
            return Optional.of(Character.toString(codePoint));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
