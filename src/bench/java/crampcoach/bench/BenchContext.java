package crampcoach.bench;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/**
 * The Lambda context the runtime would pass. A real one is never null, so neither is this: a handler
 * that reads the remaining time or the logger must behave here as it does on Lambda.
 */
final class BenchContext implements Context {

    /** Alexa's own limit is about 8 s; the function's timeout in template.yaml is 7 s. */
    private static final int REMAINING_MILLIS = 7_000;

    @Override public String getAwsRequestId() { return "bench-request"; }
    @Override public String getLogGroupName() { return "/aws/lambda/bench"; }
    @Override public String getLogStreamName() { return "bench"; }
    @Override public String getFunctionName() { return "bench"; }
    @Override public String getFunctionVersion() { return "1"; }
    @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:us-east-1:000000000000:function:bench:live"; }
    @Override public CognitoIdentity getIdentity() { return null; }
    @Override public ClientContext getClientContext() { return null; }
    @Override public int getRemainingTimeInMillis() { return REMAINING_MILLIS; }
    @Override public int getMemoryLimitInMB() { return 1024; }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override public void log(String message) { System.err.println(message); }
            @Override public void log(byte[] message) { System.err.println(new String(message, java.nio.charset.StandardCharsets.UTF_8)); }
        };
    }
}
