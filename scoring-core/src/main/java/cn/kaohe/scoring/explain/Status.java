package cn.kaohe.scoring.explain;

/** Whether a unit could be scored. */
public enum Status {
    /** Every input was present and valid: final score and grade are set. */
    COMPLETE,
    /** Data is missing (a target, a period, a valid survey …): no final score and no grade; see the flags. */
    INCOMPLETE
}
