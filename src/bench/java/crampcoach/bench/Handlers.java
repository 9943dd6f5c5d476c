package crampcoach.bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

/** Creates a stream handler by class name, the way the Lambda runtime does: public no-arg constructor. */
final class Handlers {

    private Handlers() {
    }

    static RequestStreamHandler create(String className) throws ReflectiveOperationException {
        return (RequestStreamHandler) Class.forName(className).getDeclaredConstructor().newInstance();
    }
}
