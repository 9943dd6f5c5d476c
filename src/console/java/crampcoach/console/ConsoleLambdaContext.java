package crampcoach.console;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The Lambda context of a local call: plausible names, a fresh request id per call and a logger that
 * writes to the console's error stream, so code that logs through the context works locally too.
 */
final class ConsoleLambdaContext implements Context {

    private static final int TIMEOUT_MILLIS = 10_000; // Alexa waits about eight seconds for a reply

    private final LambdaLogger logger;

    ConsoleLambdaContext(PrintStream log) {
        this.logger = new LambdaLogger() {
            @Override
            public void log(String message) {
                log.print(message);
            }

            @Override
            public void log(byte[] message) {
                log.print(new String(message, StandardCharsets.UTF_8));
            }
        };
    }

    @Override
    public String getAwsRequestId() {
        return UUID.randomUUID().toString();
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/cramp-coach-local";
    }

    @Override
    public String getLogStreamName() {
        return "local-console";
    }

    @Override
    public String getFunctionName() {
        return "cramp-coach-local";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:000000000000:function:cramp-coach-local";
    }

    /** Lambda itself returns null here for functions not called from a mobile SDK; so does the console. */
    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    /** As above: only mobile-SDK callers have a client context. */
    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return TIMEOUT_MILLIS;
    }

    @Override
    public int getMemoryLimitInMB() {
        return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
