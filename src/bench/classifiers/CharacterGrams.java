package crampcoach.safety;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/** The second opinion's character 2-5-grams of each space-padded word, as an OpenNLP feature generator. */
public final class CharacterGrams implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>();
        for (String word : words) {
            String padded = " " + word + " ";
            for (int n = HashedFeatures.MIN_CHARS; n <= HashedFeatures.MAX_CHARS; n++) {
                for (int at = 0; at + n <= padded.length(); at++) {
                    features.add("c=" + padded.substring(at, at + n));
                }
            }
        }
        return features;
    }
}
