package crampcoach.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;

/**
 * A second opinion learned from the labelled safety corpus: a logistic regression over hashed
 * character n-grams and words ({@link HashedFeatures}). Character n-grams let it hear what the rules'
 * word lists cannot, such as "chess pain", "past out" or "seize her", and its threshold is set for
 * recall (see the README), so it errs towards asking the one yes/no question.
 *
 * <p>Its low end speaks too: a red flag the rules heard in words it scores below {@code doubt} sounds
 * plainly ordinary ("the song on the radio is called breathless"), and the gate asks about it instead
 * of answering (see {@link RedFlagDetector}).
 *
 * <p>The weights come from {@code /safety/second-opinion.bin} (magic, format, bits, bias, threshold,
 * doubt, scale, then one 16-bit weight per bucket, big-endian), written by the trainer in the tests
 * ({@code TrainSecondOpinion}); this class only reads them. It is immutable and safe to share; a check
 * is one pass over the characters and one array lookup per feature.
 */
public final class LearnedSecondOpinion implements SecondOpinion {

    static final String RESOURCE = "/safety/second-opinion.bin";
    /** The same format: EMERGENCY against URGENT among red flags, written by {@code TrainEmergencyOpinion}. */
    static final String EMERGENCY_RESOURCE = "/safety/emergency-opinion.bin";

    /** "CCSO": Cramp Coach second opinion. */
    private static final int MAGIC = 0x4343534F;
    private static final int FORMAT = 3;
    private static final int HEADER_BYTES = 7 * Integer.BYTES;

    private final HashedFeatures features;
    /** Each weight as a multiple of {@link #scale}: half the bytes of floats, so half the cold read. */
    private final short[] weights;
    private final float scale;
    private final float bias;
    private final float threshold;
    /** Below this score the words sound plainly ordinary; minus infinity when the model never says so. */
    private final float doubt;
    /** Read on the first question only: most requests never ask one, so a cold start never pays for it. */
    private volatile LikelySigns likelySigns;
    /** Read when the rules first call something urgent, for the same reason. */
    private volatile LearnedSecondOpinion emergencyOpinion;

    /** A model from trained weights, stored to 16 bits (the trainer's out-of-fold scores use this too). */
    LearnedSecondOpinion(int bits, float[] weights, float bias, float threshold) {
        this(bits, weights, bias, threshold, Float.NEGATIVE_INFINITY);
    }

    /** As above, with the score below which words sound plainly ordinary. */
    LearnedSecondOpinion(int bits, float[] weights, float bias, float threshold, float doubt) {
        this(bits, quantised(weights, scaleFor(weights)), scaleFor(weights), bias, threshold, doubt);
    }

    private LearnedSecondOpinion(int bits, short[] weights, float scale, float bias, float threshold, float doubt) {
        this.features = new HashedFeatures(bits);
        if (weights.length != 1 << bits) {
            throw new IllegalArgumentException("expected " + (1 << bits) + " weights, got " + weights.length);
        }
        if (!Float.isFinite(bias) || !Float.isFinite(threshold) || !(scale > 0) || !Float.isFinite(scale)) {
            throw new IllegalArgumentException("bias, threshold and a positive scale must be finite");
        }
        if (Float.isNaN(doubt) || doubt == Float.POSITIVE_INFINITY || doubt > threshold) {
            throw new IllegalArgumentException("doubt must lie below the threshold, or be minus infinity: " + doubt);
        }
        this.doubt = doubt;
        this.weights = weights;
        this.scale = scale;
        this.bias = bias;
        this.threshold = threshold;
    }

    /** The scale that stores the largest weight as the largest 16-bit value (shared with {@link LikelySigns}). */
    static float scaleFor(float[] weights) {
        float largest = 0;
        for (float weight : weights) {
            if (!Float.isFinite(weight)) {
                throw new IllegalArgumentException("weights must be finite");
            }
            largest = Math.max(largest, Math.abs(weight));
        }
        return largest == 0 ? 1 : largest / Short.MAX_VALUE;
    }

    static short[] quantised(float[] weights, float scale) {
        short[] stored = new short[weights.length];
        for (int i = 0; i < weights.length; i++) {
            stored[i] = (short) Math.round(weights[i] / scale);
        }
        return stored;
    }

    /** The model shipped with the skill; fails loudly when it is missing or damaged, as a broken gate must not start. */
    public static LearnedSecondOpinion load() {
        return fromBytes(resource(RESOURCE));
    }

    /** A model file shipped in the jar, whole; a missing one fails loudly. */
    static byte[] resource(String path) {
        try (InputStream in = LearnedSecondOpinion.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the model " + path + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    static LearnedSecondOpinion fromBytes(byte[] bytes) {
        if (bytes.length < HEADER_BYTES) {
            throw new IllegalArgumentException("a second-opinion model has at least " + HEADER_BYTES + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (buffer.getInt() != MAGIC || buffer.getInt() != FORMAT) {
            throw new IllegalArgumentException("not a second-opinion model of format " + FORMAT);
        }
        int bits = buffer.getInt();
        float bias = buffer.getFloat();
        float threshold = buffer.getFloat();
        float doubt = buffer.getFloat();
        float scale = buffer.getFloat();
        if (bits < 8 || bits > 24 || buffer.remaining() != (1 << bits) * Short.BYTES) {
            throw new IllegalArgumentException("a second-opinion model of " + bits + " bits has the wrong length");
        }
        short[] weights = new short[1 << bits];
        buffer.asShortBuffer().get(weights);
        return new LearnedSecondOpinion(bits, weights, scale, bias, threshold, doubt);
    }

    byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + weights.length * Short.BYTES);
        buffer.putInt(MAGIC).putInt(FORMAT).putInt(features.bits()).putFloat(bias).putFloat(threshold).putFloat(doubt).putFloat(scale);
        buffer.asShortBuffer().put(weights);
        return buffer.array();
    }

    @Override
    public boolean suspectsRedFlag(String normalisedUtterance) {
        return score(normalisedUtterance) >= threshold;
    }

    /**
     * The model's log-odds that the utterance hides a red flag. Each feature weighs 1/sqrt(count), so
     * long rambles and two-word fragments are on one scale; nothing said scores minus infinity.
     */
    double score(String normalisedUtterance) {
        Objects.requireNonNull(normalisedUtterance, "normalisedUtterance");
        int[] codes = new int[HashedFeatures.capacity(normalisedUtterance)];
        int count = features.extract(normalisedUtterance, codes);
        if (count == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return signedSum(weights, codes, count) * (double) scale / Math.sqrt(count) + bias;
    }

    /** The sum of the stored weights of the features {@link HashedFeatures#extract} wrote, each with its sign. */
    static long signedSum(short[] weights, int[] codes, int count) {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            int code = codes[i];
            sum += code >= 0 ? weights[code] : -weights[~code];
        }
        return sum;
    }

    @Override
    public boolean soundsPlainlyOrdinary(String normalisedUtterance) {
        return score(normalisedUtterance) < doubt;
    }

    @Override
    public List<String> likelySigns(String normalisedUtterance) {
        LikelySigns signs = likelySigns;
        if (signs == null) {
            signs = LikelySigns.load();
            likelySigns = signs; // a race loads it twice at worst: the model is immutable
        }
        return signs.ranked(normalisedUtterance);
    }

    @Override
    public boolean suspectsEmergency(String normalisedUtterance) {
        LearnedSecondOpinion opinion = emergencyOpinion;
        if (opinion == null) {
            opinion = fromBytes(resource(EMERGENCY_RESOURCE));
            emergencyOpinion = opinion; // as above: immutable, so a race costs one more read
        }
        return opinion.score(normalisedUtterance) >= opinion.threshold();
    }

    double threshold() {
        return threshold;
    }

    double doubt() {
        return doubt;
    }

    int bits() {
        return features.bits();
    }
}
