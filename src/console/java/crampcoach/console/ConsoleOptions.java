package crampcoach.console;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Command-line options: the locale whose model and content are used, and whether to print the raw
 * request and response envelopes.
 */
record ConsoleOptions(String locale, boolean json, boolean help) {

    static final String USAGE = """
            usage: mvn -q compile exec:java [-Dexec.args="[--json] [--locale en-GB]"]
              --json           print the request and response envelopes and the reprompt
              --locale <xx-YY> use interactionModel/<xx-YY>.json and that locale (default en-US)
              --help           print this text""";

    private static final Pattern LOCALE = Pattern.compile("[a-z]{2}-[A-Z]{2}");

    ConsoleOptions {
        Objects.requireNonNull(locale, "locale");
        if (!LOCALE.matcher(locale).matches()) {
            throw new IllegalArgumentException("locale must look like en-US, was: " + locale);
        }
    }

    static ConsoleOptions parse(List<String> args) {
        String locale = "en-US";
        boolean json = false;
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.equals("--locale") && i + 1 < args.size()) {
                locale = args.get(++i);
            } else if (arg.startsWith("--locale=")) {
                locale = arg.substring("--locale=".length());
            } else if (!arg.isBlank()) {
                throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        return new ConsoleOptions(locale, json, help);
    }
}
