package cn.kaohe.scoring.ranking;

/** Where a unit stands with respect to a quota (ZD-29/30, VIL-29). */
public enum QuotaStatus {
    /** Within the quota, at or above the floor, not excluded: the place is confirmed. */
    IN_QUOTA,
    /** Tied on the exact score across the cutoff: reported for a decision (tie policy {@code REPORT}). */
    TIED_AT_CUTOFF,
    /** Eligible but ranked after the quota was filled. */
    OUTSIDE_QUOTA,
    /** Score below the quota's score floor (e.g. &lt; 90, &lt; 95): never placed, whatever the count. */
    BELOW_FLOOR,
    /** Disqualified or vetoed: skipped, its place passes down (ZD-31, TB-20). */
    EXCLUDED
}
