package cn.kaohe.scoring.scheme;

/** The kinds of indicator node. */
public enum NodeKind {
    /** {@code Σ weight·child / divisor}. */
    GROUP,
    /** A leaf scored by a {@link cn.kaohe.scoring.method.ScoringMethod}. */
    LEAF,
    /** A sheet whose items the unit supplies ({@link cn.kaohe.scoring.method.SheetSpec}). */
    SHEET,
    /** A split of its single child over periods or raters ({@link cn.kaohe.scoring.aggregation.PeriodSpec}). */
    PERIODS
}
