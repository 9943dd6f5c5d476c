/**
 * Red-flag detection: decides from what the person said whether a cramp comes with signs that need
 * emergency help, a doctor today, or a mention to their doctor, before any stretch is offered.
 *
 * <p>The detector is pure Java over a lexicon read from {@code content/en/red-flags.json}; it holds no
 * words of its own, no ASK SDK types and no spoken text. It is built for the safety asymmetry of the
 * task: a missed red flag is far worse than a needless warning, so a negation may only silence the
 * symptom it clearly governs, and anything unclear counts as said.
 */
package crampcoach.safety;
