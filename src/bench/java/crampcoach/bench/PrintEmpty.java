package crampcoach.bench;

/** The floor: a JVM that starts, prints {@code {}} and exits. Nothing of the skill is loaded. */
public final class PrintEmpty {

    private PrintEmpty() {
    }

    public static void main(String[] args) {
        System.out.println("{}");
    }
}
