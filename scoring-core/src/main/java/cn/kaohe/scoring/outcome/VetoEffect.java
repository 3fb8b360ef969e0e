package cn.kaohe.scoring.outcome;

/** The effect of a one-vote veto (一票否决), per scheme (RULES.md §12 #1). The score is kept unless ZERO_SCORE. */
public enum VetoEffect {
    /** VIL-26, XJ-32 (oracle default): grade forced to the fail grade, no honours. */
    FORCE_FAIL,
    /** TB-20, ZD-31: no honours (先进/评优), score, rank and grade unchanged. */
    BLOCK_HONOURS,
    /** TS-23: the top grade is unavailable (next grade down); honours blocked. */
    BLOCK_TOP_GRADE,
    /** The score is set to zero, graded as such; no honours. */
    ZERO_SCORE
}
