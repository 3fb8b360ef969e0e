package cn.kaohe.scoring.peer;

/** Whether a larger indicator value is better (output, coverage) or worse (accidents, complaints). */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
