package cn.kaohe.scoring.method;

/** What a survey below its minimum respondents means (VIL-10, RULES.md §12 #9). */
public enum BelowMinimum {
    /** Oracle default: the survey is invalid and the unit's result is INCOMPLETE. */
    BLOCK,
    /** Score the ballots anyway and flag the result. */
    SCORE_AND_FLAG
}
