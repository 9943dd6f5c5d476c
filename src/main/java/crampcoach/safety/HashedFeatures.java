package crampcoach.safety;

/**
 * The features the learned second opinion reads from a normalised utterance, shared by its trainer so
 * that both see exactly the same thing: character n-grams of 2 to 5 characters inside each word padded
 * with a space on either side (so "chess" and "chest" share " che", "ches" but not "ess ", "est "),
 * every whole word, and every pair of neighbouring words.
 *
 * <p>Each feature is hashed into one of {@code 2^bits} buckets with a sign taken from the same hash, so
 * that colliding features tend to cancel rather than add up. Nothing is kept between calls and no
 * string is built: the hash runs over the characters in place.
 */
final class HashedFeatures {

    static final int MIN_CHARS = 2;
    static final int MAX_CHARS = 5;

    // Distinct seeds keep a word, a word pair and a character n-gram with the same letters apart.
    private static final int CHAR_SEED = 0x2545F491;
    private static final int WORD_SEED = 0x6C8E9CF5;
    private static final int PAIR_SEED = 0x1B873593;

    private final int bits;

    HashedFeatures(int bits) {
        if (bits < 8 || bits > 24) {
            throw new IllegalArgumentException("bits must be 8 to 24, was " + bits);
        }
        this.bits = bits;
    }

    int bits() {
        return bits;
    }

    /** Room enough for every feature of {@code text}: at most 14 character n-grams and two word features per character. */
    static int capacity(String text) {
        return 16 * (text.length() + 1);
    }

    /**
     * Writes the features of {@code text} (words joined by single spaces) into {@code into}, each as its
     * bucket, or as {@code ~bucket} when its sign is negative, and returns how many it wrote.
     */
    int extract(String text, int[] into) {
        int length = text.length();
        char[] padded = new char[length + 2];
        padded[0] = ' ';
        text.getChars(0, length, padded, 1);
        padded[length + 1] = ' ';
        int count = 0;
        int previousStart = -1;
        int start = 1;
        for (int end = 1; end <= length + 1; end++) {
            if (padded[end] != ' ') {
                continue;
            }
            if (end > start) {
                count = characterGrams(padded, start - 1, end + 1, into, count);
                into[count++] = code(hash(WORD_SEED, padded, start, end));
                if (previousStart >= 0) {
                    into[count++] = code(hash(PAIR_SEED, padded, previousStart, end));
                }
                previousStart = start;
            }
            start = end + 1;
        }
        return count;
    }

    private int characterGrams(char[] padded, int from, int to, int[] into, int count) {
        for (int n = MIN_CHARS; n <= MAX_CHARS; n++) {
            for (int at = from; at + n <= to; at++) {
                into[count++] = code(hash(CHAR_SEED, padded, at, at + n));
            }
        }
        return count;
    }

    private int code(int hash) {
        int bucket = hash >>> (32 - bits);
        return (hash & 1) == 0 ? bucket : ~bucket;
    }

    /** String.hashCode's polynomial from a seed, then MurmurHash3's finaliser to spread the bits. */
    private static int hash(int seed, char[] chars, int from, int to) {
        int h = seed;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
