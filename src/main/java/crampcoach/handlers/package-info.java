/**
 * One request handler per thing a person wants, plus the interceptors every request passes first:
 * {@link crampcoach.handlers.TurnInterceptor} (locale content and session state) and
 * {@link crampcoach.handlers.SafetyGate} (the red-flag check). Handlers read the request, ask
 * {@code conversation} what to say next, and answer; this package, with {@code skill} and
 * {@code lambda}, is all that knows the ASK SDK.
 */
package crampcoach.handlers;
