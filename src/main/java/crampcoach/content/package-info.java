/**
 * Reads the per-locale content files under {@code src/main/resources/content} into the immutable
 * records of {@code guidance} and {@code safety}. The {@code en} folder is the shared English base;
 * a locale folder overrides only what differs there (merged key by key), so a sentence that is the same
 * in every English market is written once. Each locale is read once, on first use, and validated then:
 * a broken file fails the build's tests, not a person at 3 a.m.
 */
package crampcoach.content;
