package crampcoach.console;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Calls a Lambda stream handler in-process with the request bytes, so the console exercises the same
 * entry point, JSON parsing and skill wiring as the deployed function.
 */
final class LambdaEndpoint implements SkillEndpoint {

    private final RequestStreamHandler handler;
    private final Context context;

    LambdaEndpoint(RequestStreamHandler handler, Context context) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public byte[] invoke(byte[] requestEnvelope) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new ByteArrayInputStream(requestEnvelope)) {
            handler.handleRequest(in, out, context);
        }
        return out.toByteArray();
    }
}
