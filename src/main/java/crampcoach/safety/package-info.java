/**
 * Red-flag detection: decides from what the person said whether a cramp comes with signs that need
 * emergency help, a doctor today, or a mention to their doctor, before any stretch is offered.
 *
 * <p>The detector is pure Java over a lexicon read from {@code content/en/red-flags.json}; it holds no
 * words of its own, no ASK SDK types and no spoken text. It is built for the safety asymmetry of the
 * task: a missed red flag is far worse than a needless warning, so a negation may only silence the
 * symptom it clearly governs, and anything unclear counts as said.
 *
 * <p>The lexicon is compiled on every Lambda cold start, while someone in pain waits. So the paths
 * that build the detector and run a check use plain loops, not streams or lambdas (each lambda and
 * stream stage loads classes of its own on first use), and split text by hand, not by regex.
 * Streams remain only in helpers for tests and reports.
 */
package crampcoach.safety;
