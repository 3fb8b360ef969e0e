package cn.kaohe.scoring.ranking;

/**
 * What to do with units tied on the exact score when the tie straddles a quota or award cutoff (RULES.md §12 #7;
 * ZD-29 note: "ties straddling the cutoff are reported, not broken"; VIL-29: "reported for decision").
 */
public enum TiePolicy {
    /** Default. Units above the tie are confirmed; the tied units and the free slots are reported for a decision. */
    REPORT,
    /** Every tied unit gets the place (the quota may be exceeded, which is flagged). */
    INCLUDE_ALL,
    /** No tied unit gets the place (the quota may stay unfilled, which is flagged). */
    EXCLUDE_ALL,
    /** Ties are broken by a named field of the data (higher wins); ties remaining after it are reported. */
    TIEBREAK_FIELD
}
