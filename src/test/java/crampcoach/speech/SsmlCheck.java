package crampcoach.speech;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Alexa's rules for output speech, checked the way Alexa would reject a response: well-formed XML in a
 * {@code <speak>} root, only Alexa's tags, no break over ten seconds, at most 8,000 characters.
 */
public final class SsmlCheck {

    /** The tags Alexa's SSML reference lists. */
    static final Set<String> ALEXA_TAGS = Set.of("speak", "amazon:domain", "amazon:effect", "amazon:emotion",
            "audio", "break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "voice", "w");

    private static final Pattern TIME = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s)");

    /** Alexa's values for prosody volume and rate, and its one voice effect. */
    private static final Pattern VOLUME = Pattern.compile("silent|x-soft|soft|medium|loud|x-loud|[+-]\\d+(\\.\\d+)?dB");
    private static final Pattern RATE = Pattern.compile("x-slow|slow|medium|fast|x-fast|\\d+%");
    private static final Set<String> EFFECTS = Set.of("whispered");

    private SsmlCheck() {
    }

    /** Every rule the document breaks; empty when Alexa would accept it. */
    public static List<String> problems(String document) {
        List<String> problems = new ArrayList<>();
        if (document == null) {
            problems.add("no speech");
            return problems;
        }
        if (document.length() > Speech.MAX_CHARACTERS) {
            problems.add("speech is " + document.length() + " characters, over " + Speech.MAX_CHARACTERS);
        }
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            root = builder.parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        } catch (Exception e) {
            problems.add("not well-formed: " + e.getMessage());
            return problems;
        }
        if (!root.getTagName().equals("speak")) {
            problems.add("root element is <" + root.getTagName() + ">, not <speak>");
        }
        check(root, problems);
        return problems;
    }

    private static void checkAttribute(Element element, String name, Pattern allowed, List<String> problems) {
        if (element.hasAttribute(name) && !allowed.matcher(element.getAttribute(name)).matches()) {
            problems.add("<" + element.getTagName() + " " + name + "='" + element.getAttribute(name) + "'> is not Alexa's");
        }
    }

    private static void check(Element element, List<String> problems) {
        if (!ALEXA_TAGS.contains(element.getTagName())) {
            problems.add("<" + element.getTagName() + "> is not an Alexa SSML tag");
        }
        if (element.getTagName().equals("break") && element.hasAttribute("time")) {
            Matcher time = TIME.matcher(element.getAttribute("time"));
            if (!time.matches()) {
                problems.add("break time '" + element.getAttribute("time") + "' has no unit");
            } else {
                double millis = Double.parseDouble(time.group(1)) * (time.group(2).equals("s") ? 1000 : 1);
                if (millis > 10_000) {
                    problems.add("break of " + element.getAttribute("time") + " is over ten seconds");
                }
            }
        }
        if (element.getTagName().equals("prosody")) {
            checkAttribute(element, "volume", VOLUME, problems);
            checkAttribute(element, "rate", RATE, problems);
            if (element.hasAttribute("rate") && element.getAttribute("rate").endsWith("%")
                    && Integer.parseInt(element.getAttribute("rate").replace("%", "")) < 20) {
                problems.add("prosody rate under 20%");
            }
        }
        if (element.getTagName().equals("amazon:effect") && !EFFECTS.contains(element.getAttribute("name"))) {
            problems.add("amazon:effect name '" + element.getAttribute("name") + "' is not Alexa's");
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
                check((Element) children.item(i), problems);
            }
        }
    }
}
