package cn.kaohe.scoring.whatif;

/** Why a target grade cannot be reached by the change asked about. Stable codes, usable as message keys. */
public enum Unreachable {
    /** The unit's data are incomplete: it has no score to improve. */
    INCOMPLETE,
    /** A one-vote veto forces the grade whatever the score (VIL-26, XJ-32) or blocks the top grade (TS-23). */
    VETOED,
    /** A grade gate fails on the unit's facts (TS-23: 优秀 requires safety ≥ 合格): points alone cannot help. */
    GATED,
    /** The grade was determined by decision (ZD-33), not by score. */
    GRADE_DETERMINED,
    /** Even at full marks, the chosen indicator does not bring enough points. */
    CAPPED_AT_FULL_MARKS,
    /** The target grade has no lower bound to reach (it is the lowest band) or is not a grade of the scheme. */
    NO_SUCH_GRADE,
    /** The chosen indicator's method cannot be solved for a single input value (survey, tier table, sheet). */
    METHOD_NOT_INVERTIBLE
}
