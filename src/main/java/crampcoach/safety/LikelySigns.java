package crampcoach.safety;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which red-flag categories an utterance most likely describes, learned from the labelled corpus: one
 * logistic regression per category (one against the rest) over the same hashed n-grams as the second
 * opinion ({@link HashedFeatures}). It only chooses which signs the one safety question names, so a
 * person with a bite, a flare of MS or a pop in the calf hears their own sign named instead of a fixed
 * list of chest, breathing and stroke signs; it never decides whether to ask, and never lowers a
 * verdict.
 *
 * <p>The weights come from {@code /safety/likely-signs.bin} (magic, format, bits, category count, then
 * per category its id, bias, scale and one 16-bit weight per bucket), written by the trainer in the
 * tests ({@code TrainLikelySigns}). Immutable and safe to share.
 */
final class LikelySigns {

    static final String RESOURCE = "/safety/likely-signs.bin";

    /** "CCLS": Cramp Coach likely signs. */
    private static final int MAGIC = 0x43434C53;
    private static final int FORMAT = 1;

    private final HashedFeatures features;
    private final List<String> categories;
    private final float[] biases;
    private final float[] scales;
    private final short[][] weights;

    /** A model from trained weights, one row per category, stored to 16 bits as it will be shipped. */
    LikelySigns(int bits, List<String> categories, float[][] weights, float[] biases) {
        this(bits, categories, quantised(weights), scalesOf(weights), biases.clone());
    }

    private LikelySigns(int bits, List<String> categories, short[][] weights, float[] scales, float[] biases) {
        this.features = new HashedFeatures(bits);
        this.categories = List.copyOf(categories);
        Set<String> distinct = new HashSet<>(this.categories);
        if (this.categories.isEmpty() || distinct.size() != this.categories.size()) {
            throw new IllegalArgumentException("likely signs need distinct categories, got " + categories);
        }
        if (weights.length != this.categories.size() || scales.length != weights.length || biases.length != weights.length) {
            throw new IllegalArgumentException("one weight row, scale and bias per category");
        }
        for (int c = 0; c < weights.length; c++) {
            if (weights[c].length != 1 << bits || !(scales[c] > 0) || !Float.isFinite(scales[c]) || !Float.isFinite(biases[c])) {
                throw new IllegalArgumentException(this.categories.get(c) + ": expected " + (1 << bits)
                        + " weights, a positive scale and a finite bias");
            }
        }
        this.weights = weights;
        this.scales = scales;
        this.biases = biases;
    }

    private static float[] scalesOf(float[][] weights) {
        float[] scales = new float[weights.length];
        for (int c = 0; c < weights.length; c++) {
            scales[c] = LearnedSecondOpinion.scaleFor(weights[c]);
        }
        return scales;
    }

    private static short[][] quantised(float[][] weights) {
        short[][] stored = new short[weights.length][];
        for (int c = 0; c < weights.length; c++) {
            stored[c] = LearnedSecondOpinion.quantised(weights[c], LearnedSecondOpinion.scaleFor(weights[c]));
        }
        return stored;
    }

    /** The model shipped with the skill; fails loudly when it is missing or damaged. */
    static LikelySigns load() {
        return fromBytes(LearnedSecondOpinion.resource(RESOURCE));
    }

    static LikelySigns fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IllegalArgumentException("not a likely-signs model of format " + FORMAT);
            }
            int bits = in.readInt();
            int count = in.readInt();
            if (bits < 8 || bits > 24 || count < 1 || count > 256) {
                throw new IllegalArgumentException("a likely-signs model with " + bits + " bits and " + count + " categories");
            }
            List<String> categories = new ArrayList<>(count);
            float[] biases = new float[count];
            float[] scales = new float[count];
            short[][] weights = new short[count][1 << bits];
            for (int c = 0; c < count; c++) {
                categories.add(in.readUTF());
                biases[c] = in.readFloat();
                scales[c] = in.readFloat();
                for (int i = 0; i < weights[c].length; i++) {
                    weights[c][i] = in.readShort();
                }
            }
            if (in.available() != 0) {
                throw new IllegalArgumentException("a likely-signs model has bytes left over");
            }
            return new LikelySigns(bits, categories, weights, scales, biases);
        } catch (IOException e) {
            throw new IllegalArgumentException("a likely-signs model is cut short", e);
        }
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(features.bits());
            out.writeInt(categories.size());
            for (int c = 0; c < categories.size(); c++) {
                out.writeUTF(categories.get(c));
                out.writeFloat(biases[c]);
                out.writeFloat(scales[c]);
                for (short weight : weights[c]) {
                    out.writeShort(weight);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    List<String> categories() {
        return categories;
    }

    int bits() {
        return features.bits();
    }

    /** Each category's log-odds, in the order of {@link #categories()}; every feature weighs 1/sqrt(count) as in training. */
    double[] scores(String normalisedUtterance) {
        Objects.requireNonNull(normalisedUtterance, "normalisedUtterance");
        int[] codes = new int[HashedFeatures.capacity(normalisedUtterance)];
        int count = features.extract(normalisedUtterance, codes);
        double[] scores = new double[categories.size()];
        double weight = count == 0 ? 0 : 1 / Math.sqrt(count);
        for (int c = 0; c < scores.length; c++) {
            scores[c] = LearnedSecondOpinion.signedSum(weights[c], codes, count) * (double) scales[c] * weight + biases[c];
        }
        return scores;
    }

    /** The category ids, most likely first. */
    List<String> ranked(String normalisedUtterance) {
        double[] scores = scores(normalisedUtterance);
        Integer[] order = new Integer[scores.length];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        // Ties keep the trainer's order, so the ranking is the same on every JVM.
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        List<String> ranked = new ArrayList<>(order.length);
        for (int c : order) {
            ranked.add(categories.get(c));
        }
        return List.copyOf(ranked);
    }
}
