package crampcoach.envelope;

/**
 * Thrown deep in reading a request or writing a response when the fast path does not cover it, to
 * leave at once; the caller then hands the work to the SDK's own reader or writer. One instance, with
 * no stack trace, as it carries nothing.
 */
final class Declined extends Exception {

    private static final long serialVersionUID = 1L;
    static final Declined INSTANCE = new Declined();

    private Declined() {
        super("declined", null, false, false);
    }
}
