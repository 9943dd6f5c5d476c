/**
 * The cold-start and latency benchmark, run by {@code src/bench/run-benchmark.sh}; never packaged into
 * the deployment jar.
 *
 * <p>Every program here is a plain {@code main} so that the shell script can time it from outside the
 * process (wall time, CPU time, peak memory): the figure that matters for a rarely invoked Lambda is
 * the whole life of a fresh JVM, not a method inside a warmed-up one. Absolute times drift on shared
 * machines, so the script reports the skill as ratios to two baselines run in the same session with
 * the same flags: {@link crampcoach.bench.MinimalSkill} (the least an ASK SDK skill can cost) and
 * {@link crampcoach.bench.PrintEmpty} (the JVM alone).
 */
package crampcoach.bench;
