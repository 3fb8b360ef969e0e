package cn.kaohe.scoring.aggregation;

/** How the instances of a split are found and combined. */
public enum PeriodMode {
    /** The declared periods, each required (a missing one makes the result INCOMPLETE, ZD-10), weighted. */
    FIXED,
    /** The instances present in the unit's data, equally weighted: monthly mean (ZD-14), rater mean (TB-09). */
    MEAN_OF_PRESENT
}
