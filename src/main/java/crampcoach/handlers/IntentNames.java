package crampcoach.handlers;

/** Intent and slot names shared with the interaction model in {@code interactionModel/}. */
final class IntentNames {

    static final String STRETCH = "StretchIntent";
    static final String STEP_BY_STEP = "StepByStepIntent";
    static final String REPORT_SYMPTOM = "ReportSymptomIntent";

    static final String HELP = "AMAZON.HelpIntent";
    static final String STOP = "AMAZON.StopIntent";
    static final String CANCEL = "AMAZON.CancelIntent";
    static final String FALLBACK = "AMAZON.FallbackIntent";
    static final String NAVIGATE_HOME = "AMAZON.NavigateHomeIntent";
    static final String NEXT = "AMAZON.NextIntent";
    static final String PREVIOUS = "AMAZON.PreviousIntent";
    static final String REPEAT = "AMAZON.RepeatIntent";
    static final String START_OVER = "AMAZON.StartOverIntent";
    static final String PAUSE = "AMAZON.PauseIntent";
    static final String RESUME = "AMAZON.ResumeIntent";
    static final String YES = "AMAZON.YesIntent";
    static final String NO = "AMAZON.NoIntent";

    static final String MUSCLE_SLOT = "muscle";

    private IntentNames() {
    }
}
