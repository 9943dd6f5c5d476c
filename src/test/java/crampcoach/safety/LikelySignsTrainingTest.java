package crampcoach.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * The checked-in ranking is what the documented training command makes from the corpora of this
 * checkout. When this fails after a corpus change, run the command in {@link TrainLikelySigns} and
 * commit src/main/resources/safety/likely-signs.bin.
 */
class LikelySignsTrainingTest {

    private static final String RETRAIN = "the checked-in likely-signs ranking is stale: run "
            + "mvn -q test-compile exec:java -Dexec.mainClass=crampcoach.safety.TrainLikelySigns -Dexec.classpathScope=test";

    @Test
    void retraining_reproduces_the_checked_in_ranking() {
        LikelySigns retrained = TrainLikelySigns.train(TrainSecondOpinion.CORPORA, new ArrayList<>());
        LikelySigns shipped = LikelySigns.load();
        assertEquals(shipped.bits(), retrained.bits(), RETRAIN);
        assertEquals(shipped.categories(), retrained.categories(), RETRAIN);
        for (TrainSecondOpinion.Row row : TrainLikelySigns.rows(TrainSecondOpinion.CORPORA)) {
            double[] a = shipped.scores(row.normalised());
            double[] b = retrained.scores(row.normalised());
            for (int c = 0; c < a.length; c++) {
                assertEquals(a[c], b[c], 1e-3, RETRAIN + " (" + row.source() + ")");
            }
        }
    }
}
