package crampcoach.diary;

/** Whether a store is in a dry run (SnapStart priming): set for the duration of one piece of work. */
final class DryRun {

    private volatile boolean on;

    boolean on() {
        return on;
    }

    void during(Runnable work) {
        on = true;
        try {
            work.run();
        } finally {
            on = false;
        }
    }
}
