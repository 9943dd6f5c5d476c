package crampcoach.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import crampcoach.diary.AttributeStore;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Primes the skill before Lambda SnapStart takes its snapshot, so that a restored function answers
 * its first real request with its classes loaded, its content parsed and its hot paths compiled.
 *
 * <p>SnapStart snapshots the JVM once, when a version is published, after the handler's constructor
 * and the {@code beforeCheckpoint} hooks; every cold start then resumes from that snapshot. Whatever
 * the first request would have done for the first time (loading the Alexa model, the envelope
 * reader and writer, the handlers, the content and red-flag lexicon, compiling the JSON path with C1) is done here
 * instead, on canned requests from {@code /priming/} on the classpath, their answers discarded.
 *
 * <p>On every other path (on-demand Lambda, provisioned concurrency, local runs, tests)
 * {@link #register} only reads one environment variable: not a class of {@code org.crac} is loaded.
 * {@link #prime} is public so that the benchmark can show locally what priming saves.
 */
public final class SnapStartPriming {

    /**
     * Lambda sets this variable to {@code snap-start} while it initialises a version for its snapshot
     * (otherwise {@code on-demand} or {@code provisioned-concurrency}).
     */
    private static final String INITIALIZATION_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";
    private static final String SNAP_START = "snap-start";

    /**
     * The common paths, in the order a night-time user meets them: the welcome, the one-shot
     * "help with a calf cramp", a follow-up topic, a red flag (the safety gate's emergency path) and a
     * malformed body (the error path). Each file is a real Alexa envelope, en-US.
     */
    private static final List<String> REQUESTS = List.of(
            "launch.json", "oneshot-calf.json", "topic-massage.json", "red-flag-chest.json", "bad-json.txt",
            // Requests the fast envelope reader declines to the SDK's Jackson reader: a screen device,
            // an APL touch, CanFulfillIntent, a permission answer and the skill-disabled event. Priming
            // them builds and warms that reader, so a restored Echo Show does not pay for it either.
            "echo-show-launch.json", "apl-user-event.json", "can-fulfill-intent.json", "connections-response.json",
            "skill-disabled.json");
    private static final int MALFORMED = REQUESTS.indexOf("bad-json.txt");

    /**
     * The other locales the skill has content for (content/ and interactionModel/). Each reads its
     * content on first use, so a launch in each is replayed too; a locale missing here is still
     * answered correctly, only its first request pays for reading its content.
     */
    private static final List<String> OTHER_LOCALES = List.of("en-GB", "en-CA", "en-AU", "en-IN");
    private static final String CANNED_LOCALE = "\"locale\":\"en-US\"";

    /**
     * How many times the canned requests are replayed. One pass loads and initialises every class on
     * those paths, which is most of the gain; further passes let C1 compile the JSON and dispatch
     * methods, and compiled code is part of the snapshot too. The passes run at publish time, off every
     * user's path, and beyond this number they buy nothing a person could hear. The figures are in the
     * README's "Cold start" section, measured with src/bench (PrimingEffect, whose last argument
     * overrides this number).
     */
    private static final int ROUNDS = 40;

    /** The application id written in the canned requests; replaced by the deployed SKILL_ID, if set. */
    private static final String CANNED_SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-00000000cc00";

    private static final SnapStartPriming NOT_REGISTERED = new SnapStartPriming(Optional.empty());

    /**
     * The registered org.crac resource, held here because org.crac keeps only weak references to
     * resources: the handler holds this object, the Lambda runtime holds the handler.
     */
    private final Optional<Object> hook;

    private SnapStartPriming(Optional<Object> hook) {
        this.hook = hook;
    }

    /**
     * Registers {@code handler} to be primed before the SnapStart snapshot. Call it once from the
     * stream handler's constructor and keep the result in a field for the handler's life.
     */
    public static SnapStartPriming register(RequestStreamHandler handler, AttributeStore store) {
        if (!SNAP_START.equals(System.getenv(INITIALIZATION_TYPE))) {
            return NOT_REGISTERED;
        }
        Hook hook = new Hook(handler, store);
        hook.registerWithGlobalContext();
        return new SnapStartPriming(Optional.of(hook));
    }

    /**
     * Sends every canned priming request (and the launch in every other locale) through
     * {@code handler} {@value #ROUNDS} times (the malformed one once), discarding the answers, and
     * returns how many of them got an answer (the malformed one may be answered or may throw, as the
     * handler chooses). Never throws for a request that fails:
     * priming is an optimisation and must not stop a version from being published.
     */
    public static int prime(RequestStreamHandler handler) {
        return prime(handler, ROUNDS);
    }

    /**
     * {@link #prime(RequestStreamHandler)} with the diary's store in a dry run: its client reads and
     * sends its writes as the canned requests ask, and no item is written (the canned user is no one).
     */
    public static int prime(RequestStreamHandler handler, AttributeStore store) {
        int[] answered = new int[1];
        store.dryRun(() -> answered[0] = prime(handler, ROUNDS));
        return answered[0];
    }

    /** {@link #prime(RequestStreamHandler)} with another number of rounds: the benchmark's knob. */
    public static int prime(RequestStreamHandler handler, int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1");
        }
        List<byte[]> requests = new ArrayList<>();
        for (String name : REQUESTS) {
            requests.add(read(name));
        }
        String launch = new String(requests.get(0), StandardCharsets.UTF_8);
        for (String locale : OTHER_LOCALES) {
            requests.add(launch.replace(CANNED_LOCALE, "\"locale\":\"" + locale + "\"").getBytes(StandardCharsets.UTF_8));
        }
        Context context = new PrimingContext();
        ByteArrayOutputStream sink = new ByteArrayOutputStream(16 * 1024);
        boolean[] answered = new boolean[requests.size()];
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < requests.size(); i++) {
                // The malformed body primes the error path once; replaying it would only repeat its log line.
                if (round > 0 && i == MALFORMED) {
                    continue;
                }
                sink.reset();
                try {
                    handler.handleRequest(new ByteArrayInputStream(requests.get(i)), sink, context);
                } catch (IOException | RuntimeException expectedForTheMalformedRequest) {
                    continue;
                }
                answered[i] |= sink.size() > 0;
            }
        }
        int count = 0;
        for (boolean wasAnswered : answered) {
            count += wasAnswered ? 1 : 0;
        }
        return count;
    }

    private static byte[] read(String name) {
        try (InputStream in = SnapStartPriming.class.getResourceAsStream("/priming/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing priming request /priming/" + name);
            }
            byte[] body = in.readAllBytes();
            String skillId = System.getenv("SKILL_ID");
            if (skillId == null || skillId.isBlank()) {
                return body;
            }
            // The deployed skill rejects any other application id, which would prime only the rejection.
            return new String(body, StandardCharsets.UTF_8).replace(CANNED_SKILL_ID, skillId.strip())
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The org.crac resource. A nested class of its own so that org.crac is linked only when Lambda
     * initialises for a snapshot; the Lambda runtime provides the CRaC context that calls it.
     */
    private static final class Hook implements org.crac.Resource {

        private final RequestStreamHandler handler;
        private final AttributeStore store;

        Hook(RequestStreamHandler handler, AttributeStore store) {
            this.handler = handler;
            this.store = store;
        }

        void registerWithGlobalContext() {
            org.crac.Core.getGlobalContext().register(this);
        }

        @Override
        public void beforeCheckpoint(org.crac.Context<? extends org.crac.Resource> context) {
            long start = System.nanoTime();
            int answered = prime(handler, store);
            System.out.printf("SnapStart priming: %d of %d canned requests answered, %d rounds, %d ms%n",
                    answered, REQUESTS.size() + OTHER_LOCALES.size(), ROUNDS, (System.nanoTime() - start) / 1_000_000);
        }

        /**
         * Nothing to undo after a restore: content is immutable and sessions live in Alexa's session
         * attributes. The diary's DynamoDB client may hold a pooled connection from priming; the JDK's
         * HTTP client drops a dead keep-alive connection and opens a new one, within the store's one
         * retry; its credentials provider re-reads Lambda's credentials when they expire.
         */
        @Override
        public void afterRestore(org.crac.Context<? extends org.crac.Resource> context) {
            // Deliberately empty: see above.
        }
    }

    /** A stand-in for the Lambda context on canned requests: same shape, nothing real behind it. */
    private static final class PrimingContext implements Context {
        @Override public String getAwsRequestId() { return "snapstart-priming"; }
        @Override public String getLogGroupName() { return "snapstart-priming"; }
        @Override public String getLogStreamName() { return "snapstart-priming"; }
        @Override public String getFunctionName() { return "snapstart-priming"; }
        @Override public String getFunctionVersion() { return "priming"; }
        @Override public String getInvokedFunctionArn() { return "snapstart-priming"; }
        @Override public CognitoIdentity getIdentity() { return null; }
        @Override public ClientContext getClientContext() { return null; }
        @Override public int getRemainingTimeInMillis() { return 7_000; }
        @Override public int getMemoryLimitInMB() { return 1024; }
        @Override public LambdaLogger getLogger() { return new SilentLogger(); }
    }

    /** Priming's answers are discarded; so is anything a handler logs through the Lambda logger. */
    private static final class SilentLogger implements LambdaLogger {
        @Override public void log(String message) { }
        @Override public void log(byte[] message) { }
    }
}
