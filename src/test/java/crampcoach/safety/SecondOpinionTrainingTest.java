package crampcoach.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The checked-in model is what the documented training command makes from the corpora of this
 * checkout. When this fails after a change to a corpus or to the rules, run the command in
 * {@link TrainSecondOpinion} and commit src/main/resources/safety/second-opinion.bin.
 */
class SecondOpinionTrainingTest {

    private static final String RETRAIN = "the checked-in second opinion is stale: run "
            + "mvn -q test-compile exec:java -Dexec.mainClass=crampcoach.safety.TrainSecondOpinion -Dexec.classpathScope=test";

    @Test
    void retraining_reproduces_the_checked_in_model_and_keeps_its_questions_within_budget() {
        TrainSecondOpinion.Training training = TrainSecondOpinion.train(TrainSecondOpinion.CORPORA,
                new double[] {TrainSecondOpinion.COST});
        LearnedSecondOpinion shipped = LearnedSecondOpinion.load();
        LearnedSecondOpinion retrained = training.model();

        assertEquals(shipped.bits(), retrained.bits(), RETRAIN);
        // Equal up to float rounding: liblinear is deterministic, but Math.exp may differ in the last
        // bit between JVMs, which must not fail a build.
        assertEquals(shipped.threshold(), retrained.threshold(), 1e-3, RETRAIN);
        assertEquals(shipped.doubt(), retrained.doubt(), 1e-3, RETRAIN);
        for (TrainSecondOpinion.Row row : TrainSecondOpinion.rows(TrainSecondOpinion.CORPORA)) {
            assertEquals(shipped.score(row.normalised()), retrained.score(row.normalised()), 1e-3, RETRAIN + " (" + row.source() + ")");
        }
        // The operating point: the model's own questions keep the estimated total within the budget.
        assertTrue(training.rulesQuestions() + training.modelOnlyQuestions() + training.doubtedQuestions() <= TrainSecondOpinion.QUESTION_BUDGET,
                "model-only questions on ordinary rows, out of fold: " + training.modelOnlyQuestions());
    }
}
