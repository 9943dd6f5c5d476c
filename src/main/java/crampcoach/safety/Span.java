package crampcoach.safety;

/** Where a phrase was found: words {@code start} (inclusive) to {@code end} (exclusive). */
record Span(int phrase, int start, int end) {

    boolean covers(int position) {
        return position >= start && position < end;
    }
}
