package cn.kaohe.scoring.method;

/** Whether a larger actual value is better (output, coverage) or worse (accidents, complaints). ZD-05 note. */
public enum Direction {
    /** {@code points × min(1, actual/target)}. */
    HIGHER_IS_BETTER,
    /** {@code points × min(1, target/actual)}; an actual of 0 earns full marks. */
    LOWER_IS_BETTER
}
