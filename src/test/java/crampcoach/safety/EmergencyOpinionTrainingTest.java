package crampcoach.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * The checked-in emergency opinion is what the documented training command makes from the corpora of
 * this checkout (the command in {@link TrainSecondOpinion} writes it too).
 */
class EmergencyOpinionTrainingTest {

    private static final String RETRAIN = "the checked-in emergency opinion is stale: run "
            + "mvn -q test-compile exec:java -Dexec.mainClass=crampcoach.safety.TrainSecondOpinion -Dexec.classpathScope=test";

    @Test
    void retraining_reproduces_the_checked_in_model() {
        LearnedSecondOpinion retrained = TrainEmergencyOpinion.train(TrainSecondOpinion.CORPORA, new ArrayList<>());
        LearnedSecondOpinion shipped = LearnedSecondOpinion.fromBytes(LearnedSecondOpinion.resource(LearnedSecondOpinion.EMERGENCY_RESOURCE));
        assertEquals(shipped.bits(), retrained.bits(), RETRAIN);
        assertEquals(shipped.threshold(), retrained.threshold(), 1e-3, RETRAIN);
        for (TrainEmergencyOpinion.Row row : TrainEmergencyOpinion.rows(TrainSecondOpinion.CORPORA)) {
            assertEquals(shipped.score(row.row().normalised()), retrained.score(row.row().normalised()), 1e-3,
                    RETRAIN + " (" + row.row().source() + ")");
        }
    }
}
