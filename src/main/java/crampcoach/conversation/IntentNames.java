package crampcoach.conversation;

/** Intent and slot names shared with the interaction model in {@code interactionModel/}. */
public final class IntentNames {

    public static final String STRETCH = "StretchIntent";
    public static final String STEP_BY_STEP = "StepByStepIntent";
    public static final String REPORT_SYMPTOM = "ReportSymptomIntent";
    public static final String MEDICINE = "MedicineIntent";
    /** A symptom in the person's own words, caught whole by a free-text slot so the gate can read it. */
    public static final String DESCRIBE_SYMPTOM = "DescribeSymptomIntent";
    public static final String LOG_CRAMP = "LogCrampIntent";
    public static final String DIARY_COUNT = "DiaryCountIntent";
    public static final String LAST_CRAMP = "LastCrampIntent";
    public static final String DELETE_DIARY = "DeleteDiaryIntent";

    public static final String HELP = "AMAZON.HelpIntent";
    public static final String STOP = "AMAZON.StopIntent";
    public static final String CANCEL = "AMAZON.CancelIntent";
    public static final String FALLBACK = "AMAZON.FallbackIntent";
    public static final String NAVIGATE_HOME = "AMAZON.NavigateHomeIntent";
    public static final String NEXT = "AMAZON.NextIntent";
    public static final String PREVIOUS = "AMAZON.PreviousIntent";
    public static final String REPEAT = "AMAZON.RepeatIntent";
    public static final String START_OVER = "AMAZON.StartOverIntent";
    public static final String PAUSE = "AMAZON.PauseIntent";
    public static final String RESUME = "AMAZON.ResumeIntent";
    public static final String YES = "AMAZON.YesIntent";
    public static final String NO = "AMAZON.NoIntent";

    public static final String SET_STRETCH_REMINDER = "SetStretchReminderIntent";
    public static final String CANCEL_STRETCH_REMINDER = "CancelStretchReminderIntent";
    public static final String TIME_SLOT = "time";
    public static final String MUSCLE_SLOT = "muscle";
    /** Its value ids are topic ids: QUININE, SUPPLEMENTS, PAIN_RELIEF, PRESCRIPTION, MEDICINE_CAUSES. */
    public static final String MEDICINE_SLOT = "medicine";
    /** DiaryCountIntent's period: WEEK or MONTH. */
    public static final String PERIOD_SLOT = "period";

    private IntentNames() {
    }
}
